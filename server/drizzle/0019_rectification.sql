CREATE TABLE "rectification_event_photos" (
	"event_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rectification_event_photos_event_id_file_id_pk" PRIMARY KEY("event_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "rectification_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rectification_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" varchar(16) NOT NULL,
	"actor_user_id" integer,
	"action" varchar(24) NOT NULL,
	"from_state" varchar(24),
	"to_state" varchar(24) NOT NULL,
	"supervise_level" varchar(16) NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "rectification_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rectification_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source" varchar(32) NOT NULL,
	"source_ref" varchar(100) DEFAULT '' NOT NULL,
	"problem" text NOT NULL,
	"level" varchar(16) NOT NULL,
	"division_code" varchar(12) NOT NULL,
	"supervise_level" varchar(16) NOT NULL,
	"escalated_on" date,
	"state" varchar(24) NOT NULL,
	"deadline" date NOT NULL,
	"evidence_required" varchar(500) DEFAULT '' NOT NULL,
	"reported_on" date,
	"closed_on" date,
	"return_count" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_measures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rectification_measures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"text" varchar(500) NOT NULL,
	"deadline" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_owners" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rectification_owners_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"role" varchar(16) NOT NULL,
	"name" varchar(100) NOT NULL,
	"person_id" integer,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rectification_event_photos" ADD CONSTRAINT "rectification_event_photos_event_id_rectification_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."rectification_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_event_photos" ADD CONSTRAINT "rectification_event_photos_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_events" ADD CONSTRAINT "rectification_events_item_id_rectification_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."rectification_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_events" ADD CONSTRAINT "rectification_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_items" ADD CONSTRAINT "rectification_items_division_code_divisions_code_fk" FOREIGN KEY ("division_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_items" ADD CONSTRAINT "rectification_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_measures" ADD CONSTRAINT "rectification_measures_item_id_rectification_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."rectification_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_owners" ADD CONSTRAINT "rectification_owners_item_id_rectification_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."rectification_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_owners" ADD CONSTRAINT "rectification_owners_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rectification_events_item_idx" ON "rectification_events" USING btree ("item_id","at");--> statement-breakpoint
CREATE INDEX "rectification_items_division_idx" ON "rectification_items" USING btree ("division_code" varchar_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "rectification_items_open_deadline_idx" ON "rectification_items" USING btree ("deadline") WHERE "rectification_items"."state" in ('open', 'returned');--> statement-breakpoint
CREATE INDEX "rectification_measures_item_idx" ON "rectification_measures" USING btree ("item_id","position");--> statement-breakpoint
CREATE INDEX "rectification_owners_item_idx" ON "rectification_owners" USING btree ("item_id","position");--> statement-breakpoint
CREATE INDEX "rectification_owners_person_idx" ON "rectification_owners" USING btree ("person_id");