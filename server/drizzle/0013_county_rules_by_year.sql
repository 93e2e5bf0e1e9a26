CREATE TABLE "county_rules" (
	"year" integer PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- The rules kept before they were kept by year become the rules of every year up to the current one
-- (year 0: whatever year a date belongs to, its holidays as they were listed), so nothing old changes …
INSERT INTO "county_rules" ("year", "rules")
SELECT 0, s."value" || jsonb_build_object(
  'holidays', coalesce(s."value" -> 'holidays', '[]'::jsonb),
  'workdays', coalesce(s."value" -> 'workdays', '[]'::jsonb))
FROM "app_settings" s
WHERE s."key" = 'county_rules' AND jsonb_typeof(s."value") = 'object';
--> statement-breakpoint
-- … and of the current year (Asia/Shanghai) with that year's holidays, from which later years carry them on.
INSERT INTO "county_rules" ("year", "rules")
SELECT y.year, s."value" || jsonb_build_object(
  'holidays', coalesce((
    SELECT jsonb_agg(h ORDER BY h) FROM jsonb_array_elements_text(
      CASE WHEN jsonb_typeof(s."value" -> 'holidays') = 'array' THEN s."value" -> 'holidays' ELSE '[]'::jsonb END
    ) AS d(h) WHERE left(h, 4) = y.year::text), '[]'::jsonb),
  'workdays', '[]'::jsonb)
FROM "app_settings" s, (SELECT extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int AS year) y
WHERE s."key" = 'county_rules' AND jsonb_typeof(s."value") = 'object';
--> statement-breakpoint
DELETE FROM "app_settings" WHERE "key" = 'county_rules';
