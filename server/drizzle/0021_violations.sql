CREATE TABLE "conduct_catalogues" (
	"year" integer PRIMARY KEY NOT NULL,
	"answer_days" integer DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conduct_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conduct_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"text" varchar(200) NOT NULL,
	"deduction" integer NOT NULL,
	"veto" boolean DEFAULT false NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "violation_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "violation_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"violation_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"action" varchar(24) NOT NULL,
	"from_state" varchar(16),
	"to_state" varchar(16) NOT NULL,
	"outcome" varchar(16),
	"deduction" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "violation_photos" (
	"violation_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "violation_photos_violation_id_file_id_pk" PRIMARY KEY("violation_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "violations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "violations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"item_id" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text NOT NULL,
	"state" varchar(16) NOT NULL,
	"deduction" integer NOT NULL,
	"veto" boolean NOT NULL,
	"answer_due" date NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"outcome" varchar(16),
	"final_deduction" integer,
	"decided_at" timestamp with time zone,
	"appeal_due" date,
	"appeal" text,
	"appealed_at" timestamp with time zone,
	"recorded_by" integer NOT NULL,
	"recorded_level" varchar(16) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conduct_items" ADD CONSTRAINT "conduct_items_year_conduct_catalogues_year_fk" FOREIGN KEY ("year") REFERENCES "public"."conduct_catalogues"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violation_events" ADD CONSTRAINT "violation_events_violation_id_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violation_events" ADD CONSTRAINT "violation_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violation_photos" ADD CONSTRAINT "violation_photos_violation_id_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violation_photos" ADD CONSTRAINT "violation_photos_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_item_id_conduct_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."conduct_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conduct_items_year_idx" ON "conduct_items" USING btree ("year","position");--> statement-breakpoint
CREATE INDEX "violation_events_violation_idx" ON "violation_events" USING btree ("violation_id","at");--> statement-breakpoint
CREATE INDEX "violations_village_idx" ON "violations" USING btree ("village_code" varchar_pattern_ops,"year","state");--> statement-breakpoint
CREATE INDEX "violations_person_idx" ON "violations" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "violations_item_idx" ON "violations" USING btree ("item_id");