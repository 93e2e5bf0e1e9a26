CREATE TABLE "persons" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "persons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"filed_under" varchar(12) NOT NULL,
	"name" varchar(30) NOT NULL,
	"gender" varchar(8) NOT NULL,
	"ethnicity" varchar(20) NOT NULL,
	"birth_date" date NOT NULL,
	"id_number" varchar(18) NOT NULL,
	"phone" varchar(11) NOT NULL,
	"political_status" varchar(32) NOT NULL,
	"party_join_date" date,
	"education_level" varchar(32) NOT NULL,
	"full_time_education" boolean NOT NULL,
	"school" varchar(100),
	"major" varchar(100),
	"personnel_status" varchar(32) NOT NULL,
	"home_unit" varchar(100),
	"home_post" varchar(50),
	"work_start_date" date,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "postings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "postings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"category" varchar(32) NOT NULL,
	"post_title" varchar(50) NOT NULL,
	"unit_id" integer,
	"is_team_leader" boolean DEFAULT false NOT NULL,
	"start_date" date NOT NULL,
	"planned_end_date" date,
	"actual_end_date" date,
	"end_reason" varchar(32),
	"end_note" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "units_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" varchar(100) NOT NULL,
	"kind" varchar(32) NOT NULL,
	"level" varchar(16) NOT NULL,
	"contact_name" varchar(50),
	"contact_phone" varchar(20),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_filed_under_divisions_code_fk" FOREIGN KEY ("filed_under") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "persons_id_number_key" ON "persons" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "persons_filed_under_idx" ON "persons" USING btree ("filed_under" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_name_idx" ON "persons" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "postings_one_active_key" ON "postings" USING btree ("person_id") WHERE "postings"."actual_end_date" is null;--> statement-breakpoint
CREATE INDEX "postings_village_idx" ON "postings" USING btree ("village_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "postings_person_idx" ON "postings" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "postings_unit_idx" ON "postings" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "units_name_key" ON "units" USING btree ("name");