CREATE TABLE "awards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "awards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer,
	"village_code" varchar(12),
	"level" varchar(16) NOT NULL,
	"title" varchar(100) NOT NULL,
	"issuer" varchar(100) NOT NULL,
	"document_no" varchar(60) DEFAULT '' NOT NULL,
	"awarded_on" date NOT NULL,
	"file_id" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awards_level_check" CHECK ("awards"."level" in ('national', 'provincial')),
	CONSTRAINT "awards_holder_check" CHECK (("awards"."person_id" is null) <> ("awards"."village_code" is null))
);
--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "awards_person_idx" ON "awards" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "awards_village_idx" ON "awards" USING btree ("village_code");