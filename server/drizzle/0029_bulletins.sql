CREATE TABLE "bulletins" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bulletins_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"county_code" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"issue_no" integer NOT NULL,
	"running_no" integer NOT NULL,
	"masthead" varchar(40) NOT NULL,
	"issuing_office" varchar(60) NOT NULL,
	"issued_on" date NOT NULL,
	"as_of" date NOT NULL,
	"headline" varchar(100) NOT NULL,
	"sections" jsonb NOT NULL,
	"distribution_to" varchar(500) DEFAULT '' NOT NULL,
	"distribution_cc" varchar(500) DEFAULT '' NOT NULL,
	"printed_by" varchar(60) NOT NULL,
	"state" varchar(16) DEFAULT 'draft' NOT NULL,
	"figures" jsonb,
	"created_by" integer NOT NULL,
	"issued_by" integer,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulletins_state" CHECK ("bulletins"."state" in ('draft', 'issued')),
	CONSTRAINT "bulletins_issued" CHECK (("bulletins"."state" = 'issued') = ("bulletins"."figures" is not null))
);
--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_county_code_divisions_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bulletins_issue_no_key" ON "bulletins" USING btree ("county_code","year","issue_no");--> statement-breakpoint
CREATE UNIQUE INDEX "bulletins_running_no_key" ON "bulletins" USING btree ("county_code","running_no");