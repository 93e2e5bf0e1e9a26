CREATE TABLE "duty_list_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duty_list_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"category" varchar(32) NOT NULL,
	"status" varchar(16) NOT NULL,
	"version_no" integer,
	"effective_from" date,
	"items" jsonb NOT NULL,
	"note" varchar(200),
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" integer,
	"published_at" timestamp with time zone,
	CONSTRAINT "duty_list_versions_status" CHECK ("duty_list_versions"."status" in ('draft', 'published')),
	CONSTRAINT "duty_list_versions_category" CHECK ("duty_list_versions"."category" in ('party_secretary', 'graduate_official', 'selected_graduate', 'first_secretary', 'team_member')),
	CONSTRAINT "duty_list_versions_published_fields" CHECK (("duty_list_versions"."status" = 'draft') = ("duty_list_versions"."version_no" is null and "duty_list_versions"."effective_from" is null and "duty_list_versions"."published_at" is null))
);
--> statement-breakpoint
ALTER TABLE "duty_list_versions" ADD CONSTRAINT "duty_list_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_list_versions" ADD CONSTRAINT "duty_list_versions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_list_versions" ADD CONSTRAINT "duty_list_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "duty_list_versions_one_draft_key" ON "duty_list_versions" USING btree ("category") WHERE "duty_list_versions"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "duty_list_versions_number_key" ON "duty_list_versions" USING btree ("category","version_no");--> statement-breakpoint
CREATE INDEX "duty_list_versions_in_force_idx" ON "duty_list_versions" USING btree ("category","effective_from");--> statement-breakpoint
-- A published duty list version is never changed or removed (docs/rules.md §4.8); a draft may be
-- edited, published (its one update to 'published') or discarded.
CREATE FUNCTION duty_list_versions_published_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'duty_list_versions: published version % is never changed', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER duty_list_versions_published_frozen BEFORE UPDATE OR DELETE ON duty_list_versions
  FOR EACH ROW EXECUTE FUNCTION duty_list_versions_published_frozen();
