CREATE TABLE "mentor_pairs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentor_pairs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"mentor_user_id" integer NOT NULL,
	"level" varchar(16) NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"end_reason" varchar(32),
	"end_note" varchar(200),
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_by" integer,
	"ended_at" timestamp with time zone,
	CONSTRAINT "mentor_pairs_level" CHECK ("mentor_pairs"."level" in ('county', 'township', 'village')),
	CONSTRAINT "mentor_pairs_end_after_start" CHECK ("mentor_pairs"."end_date" is null or "mentor_pairs"."end_date" >= "mentor_pairs"."start_date")
);
--> statement-breakpoint
CREATE TABLE "mentoring_talks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentoring_talks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pair_id" integer NOT NULL,
	"date" date NOT NULL,
	"topic" varchar(100) NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_mentor_user_id_users_id_fk" FOREIGN KEY ("mentor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_talks" ADD CONSTRAINT "mentoring_talks_pair_id_mentor_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."mentor_pairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_talks" ADD CONSTRAINT "mentoring_talks_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mentor_pairs_one_active_key" ON "mentor_pairs" USING btree ("person_id","level") WHERE "mentor_pairs"."end_date" is null;--> statement-breakpoint
CREATE INDEX "mentor_pairs_person_idx" ON "mentor_pairs" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "mentor_pairs_mentor_idx" ON "mentor_pairs" USING btree ("mentor_user_id");--> statement-breakpoint
CREATE INDEX "mentoring_talks_pair_idx" ON "mentoring_talks" USING btree ("pair_id","date");