ALTER TABLE "task_assignments" ADD COLUMN "overdue_told_for" date;--> statement-breakpoint
CREATE INDEX "task_assignments_open_idx" ON "task_assignments" USING btree ("state","overdue_told_for");