ALTER TABLE "rating_results" ALTER COLUMN "inputs" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "rating_results" ADD COLUMN "totals_inputs" json;--> statement-breakpoint
UPDATE "rating_results" SET "totals_inputs" = "inputs"->'totals' WHERE json_typeof("inputs"->'totals') = 'object';
