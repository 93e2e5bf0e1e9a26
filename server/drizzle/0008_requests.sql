CREATE TABLE "households" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "households_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_code" varchar(12) NOT NULL,
	"head_name" varchar(30) NOT NULL,
	"address" varchar(100) DEFAULT '' NOT NULL,
	"phone" varchar(11),
	"note" varchar(200),
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "request_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" varchar(16) NOT NULL,
	"actor_user_id" integer,
	"action" varchar(24) NOT NULL,
	"from_state" varchar(16),
	"to_state" varchar(16) NOT NULL,
	"owner_level" varchar(16) NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_code" varchar(12) NOT NULL,
	"category" varchar(32) NOT NULL,
	"urgency" varchar(16) NOT NULL,
	"description" text NOT NULL,
	"state" varchar(16) NOT NULL,
	"owner_level" varchar(16) NOT NULL,
	"owner_division_code" varchar(12) NOT NULL,
	"owner_name" varchar(50),
	"source" varchar(16) NOT NULL,
	"visit_id" integer,
	"household_id" integer,
	"submitter_name" varchar(30),
	"submitter_phone" varchar(11),
	"consent_version" varchar(20),
	"consent_at" timestamp with time zone,
	"tracking_code" varchar(12),
	"registered_on" date NOT NULL,
	"accept_by" date NOT NULL,
	"resolve_by" date NOT NULL,
	"result" text,
	"evidence_file_id" integer,
	"satisfaction" varchar(24),
	"four_role" varchar(24),
	"duplicate_of_id" integer,
	"responsible_party" varchar(100),
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"resolved_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requests_tracking_code_unique" UNIQUE("tracking_code")
);
--> statement-breakpoint
CREATE TABLE "village_public_tokens" (
	"village_code" varchar(12) PRIMARY KEY NOT NULL,
	"token" varchar(32) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "village_public_tokens_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "visit_households" (
	"visit_id" integer NOT NULL,
	"household_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"visited_at" timestamp with time zone NOT NULL,
	"date" date NOT NULL,
	"at_night" boolean NOT NULL,
	"attendees" varchar(200) DEFAULT '' NOT NULL,
	"heard" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_owner_division_code_divisions_code_fk" FOREIGN KEY ("owner_division_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_evidence_file_id_stored_files_id_fk" FOREIGN KEY ("evidence_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_public_tokens" ADD CONSTRAINT "village_public_tokens_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_households" ADD CONSTRAINT "visit_households_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_households" ADD CONSTRAINT "visit_households_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "households_village_idx" ON "households" USING btree ("village_code" varchar_pattern_ops,"head_name");--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "requests_village_state_idx" ON "requests" USING btree ("village_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "requests_state_resolve_by_idx" ON "requests" USING btree ("state","resolve_by");--> statement-breakpoint
CREATE INDEX "requests_visit_idx" ON "requests" USING btree ("visit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_households_key" ON "visit_households" USING btree ("visit_id","household_id");--> statement-breakpoint
CREATE INDEX "visits_person_date_idx" ON "visits" USING btree ("person_id","date");--> statement-breakpoint
CREATE INDEX "visits_village_date_idx" ON "visits" USING btree ("village_code" varchar_pattern_ops,"date");