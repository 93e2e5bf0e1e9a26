CREATE TABLE "home_funding_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "home_funding_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"home_id" integer NOT NULL,
	"source" varchar(32) NOT NULL,
	"direction" varchar(8) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"entry_date" date NOT NULL,
	"purpose" varchar(200) NOT NULL,
	"voucher_file_id" integer,
	"corrects_id" integer,
	"reason" varchar(200),
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "home_occupants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "home_occupants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"home_id" integer NOT NULL,
	"room_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"since" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "home_photos" (
	"home_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "home_rooms" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "home_rooms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"home_id" integer NOT NULL,
	"label" varchar(20) NOT NULL,
	"beds" integer NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "homes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "homes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_code" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"title" varchar(60) DEFAULT '' NOT NULL,
	"address" varchar(100) NOT NULL,
	"has_kitchen" boolean NOT NULL,
	"facilities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"landlord" varchar(30),
	"landlord_phone" varchar(11),
	"contract_start" date,
	"contract_end" date,
	"annual_rent_fen" bigint,
	"contract_file_id" integer,
	"note" varchar(500) DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "home_funding_entries" ADD CONSTRAINT "home_funding_entries_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_funding_entries" ADD CONSTRAINT "home_funding_entries_voucher_file_id_stored_files_id_fk" FOREIGN KEY ("voucher_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_funding_entries" ADD CONSTRAINT "home_funding_entries_corrects_id_home_funding_entries_id_fk" FOREIGN KEY ("corrects_id") REFERENCES "public"."home_funding_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_funding_entries" ADD CONSTRAINT "home_funding_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_occupants" ADD CONSTRAINT "home_occupants_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_occupants" ADD CONSTRAINT "home_occupants_room_id_home_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."home_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_occupants" ADD CONSTRAINT "home_occupants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_photos" ADD CONSTRAINT "home_photos_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_photos" ADD CONSTRAINT "home_photos_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_rooms" ADD CONSTRAINT "home_rooms_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homes" ADD CONSTRAINT "homes_village_code_divisions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homes" ADD CONSTRAINT "homes_contract_file_id_stored_files_id_fk" FOREIGN KEY ("contract_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homes" ADD CONSTRAINT "homes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "home_funding_home_idx" ON "home_funding_entries" USING btree ("home_id","entry_date");--> statement-breakpoint
CREATE INDEX "home_funding_corrects_idx" ON "home_funding_entries" USING btree ("corrects_id");--> statement-breakpoint
CREATE UNIQUE INDEX "home_occupants_person_key" ON "home_occupants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "home_occupants_room_idx" ON "home_occupants" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "home_occupants_home_idx" ON "home_occupants" USING btree ("home_id");--> statement-breakpoint
CREATE UNIQUE INDEX "home_photos_key" ON "home_photos" USING btree ("home_id","file_id");--> statement-breakpoint
CREATE INDEX "home_rooms_home_idx" ON "home_rooms" USING btree ("home_id","position");--> statement-breakpoint
CREATE INDEX "homes_village_idx" ON "homes" USING btree ("village_code" varchar_pattern_ops);