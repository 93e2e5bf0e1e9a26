ALTER TABLE "spot_checks" ADD COLUMN "answer" varchar(500);--> statement-breakpoint
ALTER TABLE "spot_checks" ADD COLUMN "answered_at" timestamp with time zone;