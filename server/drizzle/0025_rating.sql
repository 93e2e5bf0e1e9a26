CREATE TABLE "admonishments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "admonishments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"cycle_id" integer,
	"reason" text NOT NULL,
	"issued_on" date NOT NULL,
	"effective_until" date NOT NULL,
	"rectification_item_id" integer,
	"issued_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_appeals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rating_appeals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"result_id" integer NOT NULL,
	"text" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" varchar(16),
	"new_grade" varchar(24),
	"reason" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rating_cycles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rating_cycles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"county_code" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"stage" varchar(16) NOT NULL,
	"settings" jsonb NOT NULL,
	"survey_from" date,
	"survey_until" date,
	"notice_from" date,
	"notice_until" date,
	"computed_at" timestamp with time zone,
	"totalled_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"opened_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_cycles_stage" CHECK ("rating_cycles"."stage" in ('open', 'computed', 'evaluating', 'surveying', 'review', 'notice', 'appeals', 'confirmed'))
);
--> statement-breakpoint
CREATE TABLE "rating_org_forms" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rating_org_forms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cycle_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"evaluator" varchar(16) NOT NULL,
	"scores" jsonb NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"comment" varchar(500) DEFAULT '' NOT NULL,
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_org_forms_evaluator" CHECK ("rating_org_forms"."evaluator" in ('township', 'unit', 'county'))
);
--> statement-breakpoint
CREATE TABLE "rating_results" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rating_results_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cycle_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"category" varchar(32) NOT NULL,
	"personnel_status" varchar(32),
	"inputs" jsonb NOT NULL,
	"quantitative" numeric(5, 2),
	"organisation" numeric(5, 2),
	"villagers" numeric(5, 2),
	"villager_households" integer DEFAULT 0 NOT NULL,
	"total" numeric(5, 2),
	"score_grade" varchar(24),
	"caps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quota_adjusted" boolean DEFAULT false NOT NULL,
	"computed_grade" varchar(24),
	"grade" varchar(24),
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"review_reason" text,
	"award_stars" integer,
	"stars" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_survey_answers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rating_survey_answers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cycle_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"household_id" integer NOT NULL,
	"answer" varchar(24) NOT NULL,
	"comment" varchar(500) DEFAULT '' NOT NULL,
	"address_hash" varchar(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_survey_answers_answer" CHECK ("rating_survey_answers"."answer" in ('satisfied', 'basically_satisfied', 'dissatisfied'))
);
--> statement-breakpoint
ALTER TABLE "admonishments" ADD CONSTRAINT "admonishments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admonishments" ADD CONSTRAINT "admonishments_cycle_id_rating_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."rating_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admonishments" ADD CONSTRAINT "admonishments_rectification_item_id_rectification_items_id_fk" FOREIGN KEY ("rectification_item_id") REFERENCES "public"."rectification_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admonishments" ADD CONSTRAINT "admonishments_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_appeals" ADD CONSTRAINT "rating_appeals_result_id_rating_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."rating_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_appeals" ADD CONSTRAINT "rating_appeals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_cycles" ADD CONSTRAINT "rating_cycles_county_code_divisions_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_cycles" ADD CONSTRAINT "rating_cycles_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_org_forms" ADD CONSTRAINT "rating_org_forms_cycle_id_rating_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."rating_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_org_forms" ADD CONSTRAINT "rating_org_forms_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_org_forms" ADD CONSTRAINT "rating_org_forms_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_results" ADD CONSTRAINT "rating_results_cycle_id_rating_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."rating_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_results" ADD CONSTRAINT "rating_results_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_results" ADD CONSTRAINT "rating_results_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_results" ADD CONSTRAINT "rating_results_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_survey_answers" ADD CONSTRAINT "rating_survey_answers_cycle_id_rating_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."rating_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_survey_answers" ADD CONSTRAINT "rating_survey_answers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_survey_answers" ADD CONSTRAINT "rating_survey_answers_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admonishments_person_idx" ON "admonishments" USING btree ("person_id","effective_until");--> statement-breakpoint
CREATE UNIQUE INDEX "admonishments_cycle_person_key" ON "admonishments" USING btree ("cycle_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_appeals_result_key" ON "rating_appeals" USING btree ("result_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_cycles_county_year_key" ON "rating_cycles" USING btree ("county_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_org_forms_key" ON "rating_org_forms" USING btree ("cycle_id","person_id","evaluator");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_results_cycle_person_key" ON "rating_results" USING btree ("cycle_id","person_id");--> statement-breakpoint
CREATE INDEX "rating_results_village_idx" ON "rating_results" USING btree ("cycle_id","village_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "rating_results_person_idx" ON "rating_results" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_survey_answers_key" ON "rating_survey_answers" USING btree ("cycle_id","person_id","household_id");--> statement-breakpoint
CREATE INDEX "rating_survey_answers_address_idx" ON "rating_survey_answers" USING btree ("cycle_id","address_hash","created_at");