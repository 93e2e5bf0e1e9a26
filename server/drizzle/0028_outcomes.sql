CREATE TABLE "labour_report_lines" (
	"report_id" integer NOT NULL,
	"household_id" integer NOT NULL,
	"labourers" integer NOT NULL,
	CONSTRAINT "labour_report_lines_report_id_household_id_pk" PRIMARY KEY("report_id","household_id"),
	CONSTRAINT "labour_report_lines_labourers" CHECK ("labour_report_lines"."labourers" between 1 and 20)
);
--> statement-breakpoint
CREATE TABLE "labour_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "labour_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_code" varchar(12) NOT NULL,
	"month" date NOT NULL,
	"state" varchar(16) NOT NULL,
	"note" varchar(200) DEFAULT '' NOT NULL,
	"return_reason" varchar(200),
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "labour_reports_state" CHECK ("labour_reports"."state" in ('submitted', 'returned', 'approved')),
	CONSTRAINT "labour_reports_month_first" CHECK (extract(day from "labour_reports"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "village_designations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "village_designations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_code" varchar(12) NOT NULL,
	"kind" varchar(24) NOT NULL,
	"level" varchar(16) NOT NULL,
	"title" varchar(60) NOT NULL,
	"issuer" varchar(100) NOT NULL,
	"document_no" varchar(60) NOT NULL,
	"designated_on" date NOT NULL,
	"file_id" integer,
	"state" varchar(16) NOT NULL,
	"return_reason" varchar(200),
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "village_designations_kind" CHECK ("village_designations"."kind" in ('rural_tourism', 'great_wall', 'beautiful_village', 'revitalization', 'other')),
	CONSTRAINT "village_designations_level" CHECK ("village_designations"."level" in ('national', 'provincial', 'city', 'county')),
	CONSTRAINT "village_designations_state" CHECK ("village_designations"."state" in ('submitted', 'returned', 'approved'))
);
--> statement-breakpoint
ALTER TABLE "labour_report_lines" ADD CONSTRAINT "labour_report_lines_report_id_labour_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."labour_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_report_lines" ADD CONSTRAINT "labour_report_lines_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_reports" ADD CONSTRAINT "labour_reports_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_reports" ADD CONSTRAINT "labour_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_reports" ADD CONSTRAINT "labour_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_designations" ADD CONSTRAINT "village_designations_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_designations" ADD CONSTRAINT "village_designations_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_designations" ADD CONSTRAINT "village_designations_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_designations" ADD CONSTRAINT "village_designations_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "labour_report_lines_household_idx" ON "labour_report_lines" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "labour_reports_village_month_key" ON "labour_reports" USING btree ("village_code","month");--> statement-breakpoint
CREATE INDEX "labour_reports_month_idx" ON "labour_reports" USING btree ("month","village_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "village_designations_village_idx" ON "village_designations" USING btree ("village_code" varchar_pattern_ops,"kind");