CREATE TABLE "project_acceptances" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_acceptances_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"result" varchar(16) NOT NULL,
	"score" numeric(5, 2),
	"criterion_scores" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"accepted_on" date NOT NULL,
	"note" varchar(500) DEFAULT '' NOT NULL,
	"accepted_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_acceptances_result_check" CHECK ("project_acceptances"."result" in ('passed', 'failed')),
	CONSTRAINT "project_acceptances_score_check" CHECK ("project_acceptances"."score" is null or "project_acceptances"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "project_assessment_scores" (
	"assessment_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"actual_value" numeric(14, 2),
	"comment" varchar(500) DEFAULT '' NOT NULL,
	"evidence" varchar(500) DEFAULT '' NOT NULL,
	"evidence_file_id" integer,
	CONSTRAINT "project_assessment_scores_assessment_id_criterion_id_pk" PRIMARY KEY("assessment_id","criterion_id"),
	CONSTRAINT "project_assessment_scores_score_check" CHECK ("project_assessment_scores"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "project_assessments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_assessments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"comment" varchar(500) DEFAULT '' NOT NULL,
	"assessed_by" integer NOT NULL,
	"assessed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_assessments_quarter_check" CHECK ("project_assessments"."quarter" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "project_award_photos" (
	"award_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_award_photos_award_id_file_id_pk" PRIMARY KEY("award_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "project_awards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_awards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"selection_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"score" numeric(5, 2),
	"case_practice" text DEFAULT '' NOT NULL,
	"case_results" text DEFAULT '' NOT NULL,
	"confirmed_by" integer NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_awards_nomination_id_unique" UNIQUE("nomination_id")
);
--> statement-breakpoint
CREATE TABLE "project_claimants" (
	"project_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"duty" varchar(200) DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_claimants_project_id_person_id_pk" PRIMARY KEY("project_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "project_criteria" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_criteria_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"measure" varchar(200) NOT NULL,
	"target_value" numeric(14, 2),
	"target_unit" varchar(50) DEFAULT '' NOT NULL,
	"weight" integer NOT NULL,
	"evidence_required" varchar(200) DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_criteria_weight_check" CHECK ("project_criteria"."weight" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "project_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"action" varchar(16) NOT NULL,
	"from_state" varchar(16),
	"to_state" varchar(16) NOT NULL,
	"note" varchar(500)
);
--> statement-breakpoint
CREATE TABLE "project_funding" (
	"project_id" integer NOT NULL,
	"source" varchar(24) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"note" varchar(200) DEFAULT '' NOT NULL,
	CONSTRAINT "project_funding_project_id_source_pk" PRIMARY KEY("project_id","source"),
	CONSTRAINT "project_funding_amount_check" CHECK ("project_funding"."amount_fen" >= 0),
	CONSTRAINT "project_funding_source_check" CHECK ("project_funding"."source" in ('fiscal_linked', 'county_finance', 'township_finance', 'dispatching_unit', 'village_collective', 'enterprise', 'bank_loan', 'villagers', 'other'))
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" varchar(100) NOT NULL,
	"deliverable" varchar(200) DEFAULT '' NOT NULL,
	"owner_person_id" integer NOT NULL,
	"start_date" date,
	"due_date" date NOT NULL,
	"done_on" date,
	"baseline_start" date,
	"baseline_due" date,
	"dropped_at" timestamp with time zone,
	"drop_reason" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_milestones_dates_check" CHECK ("project_milestones"."start_date" is null or "project_milestones"."start_date" <= "project_milestones"."due_date")
);
--> statement-breakpoint
CREATE TABLE "project_nominations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_nominations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"selection_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"township_code" varchar(12) NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"nominated_by" integer NOT NULL,
	"nominated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "project_objections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_objections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"nomination_id" integer NOT NULL,
	"received_on" date NOT NULL,
	"raised_by" varchar(50) DEFAULT '' NOT NULL,
	"text" text NOT NULL,
	"outcome" varchar(16) DEFAULT 'pending' NOT NULL,
	"handling" text,
	"handled_by" integer,
	"handled_at" timestamp with time zone,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_objections_outcome_check" CHECK ("project_objections"."outcome" in ('pending', 'upheld', 'dismissed'))
);
--> statement-breakpoint
CREATE TABLE "project_panel_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_panel_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"selection_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"name" varchar(50) NOT NULL,
	"township_code" varchar(12),
	"unit_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_panel_scores" (
	"panel_member_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"comment" varchar(500) DEFAULT '' NOT NULL,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_panel_scores_panel_member_id_nomination_id_pk" PRIMARY KEY("panel_member_id","nomination_id"),
	CONSTRAINT "project_panel_scores_score_check" CHECK ("project_panel_scores"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "project_progress" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_progress_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"milestone_id" integer,
	"duty_day_id" integer,
	"text" text DEFAULT '' NOT NULL,
	"date" date NOT NULL,
	"reported_by_person_id" integer,
	"reported_by" integer NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_progress_comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_progress_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"progress_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"text" varchar(500) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_progress_photos" (
	"progress_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_progress_photos_progress_id_file_id_pk" PRIMARY KEY("progress_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "project_selection_quotas" (
	"selection_id" integer NOT NULL,
	"township_code" varchar(12) NOT NULL,
	"quota" integer NOT NULL,
	CONSTRAINT "project_selection_quotas_selection_id_township_code_pk" PRIMARY KEY("selection_id","township_code"),
	CONSTRAINT "project_selection_quotas_quota_check" CHECK ("project_selection_quotas"."quota" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_selections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_selections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"state" varchar(16) DEFAULT 'nominating' NOT NULL,
	"award_count" integer DEFAULT 0 NOT NULL,
	"nominations_close_on" date,
	"notice_start" date,
	"notice_end" date,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_selections_year_unique" UNIQUE("year"),
	CONSTRAINT "project_selections_state_check" CHECK ("project_selections"."state" in ('nominating', 'scoring', 'notice', 'confirmed')),
	CONSTRAINT "project_selections_notice_check" CHECK ("project_selections"."notice_end" is null or "project_selections"."notice_end" >= "project_selections"."notice_start")
);
--> statement-breakpoint
CREATE TABLE "project_villages" (
	"project_id" integer NOT NULL,
	"village_code" varchar(12) NOT NULL,
	CONSTRAINT "project_villages_project_id_village_code_pk" PRIMARY KEY("project_id","village_code")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" varchar(100) NOT NULL,
	"kind" varchar(24) NOT NULL,
	"is_demonstration" boolean DEFAULT false NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"township_code" varchar(12) NOT NULL,
	"leader_person_id" integer NOT NULL,
	"target_what" varchar(200) NOT NULL,
	"target_quantity" numeric(14, 2),
	"target_unit" varchar(20) DEFAULT '' NOT NULL,
	"target_date" date NOT NULL,
	"budget_fen" bigint DEFAULT 0 NOT NULL,
	"beneficiary_households" integer DEFAULT 0 NOT NULL,
	"beneficiary_people" integer DEFAULT 0 NOT NULL,
	"start_date" date NOT NULL,
	"planned_end_date" date NOT NULL,
	"baseline_planned_end" date,
	"baseline_frozen_at" timestamp with time zone,
	"actual_end_date" date,
	"state" varchar(16) DEFAULT 'draft' NOT NULL,
	"stop_reason" varchar(200),
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_kind_check" CHECK ("projects"."kind" in ('industry', 'infrastructure', 'rural_tourism', 'employment', 'party_building', 'public_services', 'other')),
	CONSTRAINT "projects_state_check" CHECK ("projects"."state" in ('draft', 'submitted', 'approved', 'filed', 'in_progress', 'acceptance', 'done', 'stopped')),
	CONSTRAINT "projects_stop_reason_check" CHECK ("projects"."state" <> 'stopped' or "projects"."stop_reason" is not null),
	CONSTRAINT "projects_budget_check" CHECK ("projects"."budget_fen" >= 0),
	CONSTRAINT "projects_beneficiaries_check" CHECK ("projects"."beneficiary_households" >= 0 and "projects"."beneficiary_people" >= 0),
	CONSTRAINT "projects_dates_check" CHECK ("projects"."planned_end_date" >= "projects"."start_date"),
	CONSTRAINT "projects_target_quantity_check" CHECK ("projects"."target_quantity" is null or "projects"."target_quantity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "project_acceptances" ADD CONSTRAINT "project_acceptances_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_acceptances" ADD CONSTRAINT "project_acceptances_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_assessment_scores" ADD CONSTRAINT "project_assessment_scores_assessment_id_project_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."project_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_assessment_scores" ADD CONSTRAINT "project_assessment_scores_criterion_id_project_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."project_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_assessment_scores" ADD CONSTRAINT "project_assessment_scores_evidence_file_id_stored_files_id_fk" FOREIGN KEY ("evidence_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_assessments" ADD CONSTRAINT "project_assessments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_assessments" ADD CONSTRAINT "project_assessments_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_award_photos" ADD CONSTRAINT "project_award_photos_award_id_project_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."project_awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_award_photos" ADD CONSTRAINT "project_award_photos_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_awards" ADD CONSTRAINT "project_awards_selection_id_project_selections_id_fk" FOREIGN KEY ("selection_id") REFERENCES "public"."project_selections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_awards" ADD CONSTRAINT "project_awards_nomination_id_project_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."project_nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_awards" ADD CONSTRAINT "project_awards_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_awards" ADD CONSTRAINT "project_awards_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_claimants" ADD CONSTRAINT "project_claimants_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_claimants" ADD CONSTRAINT "project_claimants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_criteria" ADD CONSTRAINT "project_criteria_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_events" ADD CONSTRAINT "project_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_events" ADD CONSTRAINT "project_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_funding" ADD CONSTRAINT "project_funding_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_owner_person_id_persons_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_nominations" ADD CONSTRAINT "project_nominations_selection_id_project_selections_id_fk" FOREIGN KEY ("selection_id") REFERENCES "public"."project_selections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_nominations" ADD CONSTRAINT "project_nominations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_nominations" ADD CONSTRAINT "project_nominations_township_code_divisions_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_nominations" ADD CONSTRAINT "project_nominations_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_objections" ADD CONSTRAINT "project_objections_nomination_id_project_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."project_nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_objections" ADD CONSTRAINT "project_objections_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_objections" ADD CONSTRAINT "project_objections_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_panel_members" ADD CONSTRAINT "project_panel_members_selection_id_project_selections_id_fk" FOREIGN KEY ("selection_id") REFERENCES "public"."project_selections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_panel_members" ADD CONSTRAINT "project_panel_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_panel_members" ADD CONSTRAINT "project_panel_members_township_code_divisions_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_panel_members" ADD CONSTRAINT "project_panel_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_panel_scores" ADD CONSTRAINT "project_panel_scores_panel_member_id_project_panel_members_id_fk" FOREIGN KEY ("panel_member_id") REFERENCES "public"."project_panel_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_panel_scores" ADD CONSTRAINT "project_panel_scores_nomination_id_project_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."project_nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress" ADD CONSTRAINT "project_progress_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress" ADD CONSTRAINT "project_progress_milestone_id_project_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."project_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress" ADD CONSTRAINT "project_progress_duty_day_id_duty_days_id_fk" FOREIGN KEY ("duty_day_id") REFERENCES "public"."duty_days"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress" ADD CONSTRAINT "project_progress_reported_by_person_id_persons_id_fk" FOREIGN KEY ("reported_by_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress" ADD CONSTRAINT "project_progress_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress_comments" ADD CONSTRAINT "project_progress_comments_progress_id_project_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "public"."project_progress"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress_comments" ADD CONSTRAINT "project_progress_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress_photos" ADD CONSTRAINT "project_progress_photos_progress_id_project_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "public"."project_progress"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress_photos" ADD CONSTRAINT "project_progress_photos_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_selection_quotas" ADD CONSTRAINT "project_selection_quotas_selection_id_project_selections_id_fk" FOREIGN KEY ("selection_id") REFERENCES "public"."project_selections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_selection_quotas" ADD CONSTRAINT "project_selection_quotas_township_code_divisions_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_selections" ADD CONSTRAINT "project_selections_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_selections" ADD CONSTRAINT "project_selections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_villages" ADD CONSTRAINT "project_villages_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_villages" ADD CONSTRAINT "project_villages_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_township_code_divisions_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_leader_person_id_persons_id_fk" FOREIGN KEY ("leader_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_acceptances_project_idx" ON "project_acceptances" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "project_assessments_quarter_key" ON "project_assessments" USING btree ("project_id","year","quarter");--> statement-breakpoint
CREATE INDEX "project_awards_project_idx" ON "project_awards" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_claimants_person_idx" ON "project_claimants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "project_criteria_project_idx" ON "project_criteria" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "project_events_project_idx" ON "project_events" USING btree ("project_id","at");--> statement-breakpoint
CREATE INDEX "project_milestones_project_idx" ON "project_milestones" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "project_milestones_open_due_idx" ON "project_milestones" USING btree ("due_date") WHERE "project_milestones"."done_on" is null and "project_milestones"."dropped_at" is null;--> statement-breakpoint
CREATE INDEX "project_milestones_owner_idx" ON "project_milestones" USING btree ("owner_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "project_nominations_project_key" ON "project_nominations" USING btree ("selection_id","project_id");--> statement-breakpoint
CREATE INDEX "project_nominations_township_idx" ON "project_nominations" USING btree ("selection_id","township_code");--> statement-breakpoint
CREATE INDEX "project_objections_nomination_idx" ON "project_objections" USING btree ("nomination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "project_panel_members_key" ON "project_panel_members" USING btree ("selection_id","user_id");--> statement-breakpoint
CREATE INDEX "project_panel_scores_nomination_idx" ON "project_panel_scores" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "project_progress_project_idx" ON "project_progress" USING btree ("project_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "project_progress_duty_day_key" ON "project_progress" USING btree ("project_id","duty_day_id") WHERE "project_progress"."duty_day_id" is not null;--> statement-breakpoint
CREATE INDEX "project_progress_milestone_idx" ON "project_progress" USING btree ("milestone_id");--> statement-breakpoint
CREATE INDEX "project_progress_comments_progress_idx" ON "project_progress_comments" USING btree ("progress_id");--> statement-breakpoint
CREATE INDEX "project_villages_village_idx" ON "project_villages" USING btree ("village_code" varchar_pattern_ops,"project_id");--> statement-breakpoint
CREATE INDEX "projects_township_state_idx" ON "projects" USING btree ("township_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "projects_leader_idx" ON "projects" USING btree ("leader_person_id");--> statement-breakpoint
CREATE INDEX "projects_kind_idx" ON "projects" USING btree ("kind");