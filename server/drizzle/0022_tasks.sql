CREATE TABLE "task_assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"assignee_kind" varchar(16) NOT NULL,
	"division_code" varchar(12) NOT NULL,
	"person_id" integer,
	"state" varchar(8) DEFAULT 'open' NOT NULL,
	"percent" integer,
	"note" varchar(500) DEFAULT '' NOT NULL,
	"evidence" varchar(500) DEFAULT '' NOT NULL,
	"done_on" date,
	"done_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_assignments_kind" CHECK ("task_assignments"."assignee_kind" in ('township', 'village', 'person')),
	CONSTRAINT "task_assignments_state" CHECK ("task_assignments"."state" in ('open', 'done')),
	CONSTRAINT "task_assignments_percent" CHECK ("task_assignments"."percent" between 0 and 100),
	CONSTRAINT "task_assignments_done" CHECK (("task_assignments"."state" = 'done') = ("task_assignments"."done_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "task_report_photos" (
	"report_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "task_report_photos_report_id_file_id_pk" PRIMARY KEY("report_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "task_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assignment_id" integer NOT NULL,
	"date" date NOT NULL,
	"percent" integer,
	"note" varchar(500) DEFAULT '' NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"evidence" varchar(500) DEFAULT '' NOT NULL,
	"duty_day_id" integer,
	"reported_by" integer NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" varchar(100) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"deadline" date NOT NULL,
	"evidence_required" varchar(500) DEFAULT '' NOT NULL,
	"priority" varchar(8) DEFAULT 'normal' NOT NULL,
	"assigner_code" varchar(12) NOT NULL,
	"target_kind" varchar(16) NOT NULL,
	"category" varchar(32),
	"source_kind" varchar(16),
	"source_id" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_priority" CHECK ("tasks"."priority" in ('high', 'normal', 'low')),
	CONSTRAINT "tasks_target_kind" CHECK ("tasks"."target_kind" in ('township', 'village', 'person', 'category'))
);
--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_division_code_divisions_code_fk" FOREIGN KEY ("division_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_report_photos" ADD CONSTRAINT "task_report_photos_report_id_task_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."task_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_report_photos" ADD CONSTRAINT "task_report_photos_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_assignment_id_task_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."task_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_duty_day_id_duty_days_id_fk" FOREIGN KEY ("duty_day_id") REFERENCES "public"."duty_days"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assigner_code_divisions_code_fk" FOREIGN KEY ("assigner_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_assignments_task_idx" ON "task_assignments" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "task_assignments_division_idx" ON "task_assignments" USING btree ("division_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "task_assignments_person_idx" ON "task_assignments" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "task_assignments_division_key" ON "task_assignments" USING btree ("task_id","division_code") WHERE "task_assignments"."person_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "task_assignments_person_key" ON "task_assignments" USING btree ("task_id","person_id") WHERE "task_assignments"."person_id" is not null;--> statement-breakpoint
CREATE INDEX "task_report_photos_file_idx" ON "task_report_photos" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "task_reports_assignment_idx" ON "task_reports" USING btree ("assignment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "task_reports_day_key" ON "task_reports" USING btree ("assignment_id","duty_day_id") WHERE "task_reports"."duty_day_id" is not null;--> statement-breakpoint
CREATE INDEX "tasks_assigner_idx" ON "tasks" USING btree ("assigner_code" varchar_pattern_ops,"deadline");--> statement-breakpoint
CREATE INDEX "tasks_source_idx" ON "tasks" USING btree ("source_kind","source_id");