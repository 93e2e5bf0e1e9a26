CREATE TABLE "duty_presence" (
	"week_year" integer NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"person_id" integer NOT NULL,
	"days" bit(371) NOT NULL,
	"nights" bit(371) NOT NULL,
	CONSTRAINT "duty_presence_person_id_week_year_village_code_pk" PRIMARY KEY("person_id","week_year","village_code")
);
--> statement-breakpoint
CREATE INDEX "duty_presence_village_idx" ON "duty_presence" USING btree ("week_year","village_code" varchar_pattern_ops);--> statement-breakpoint
-- A date's bit in its ISO week-year's bitmap (see duty_presence in schema.ts).
CREATE FUNCTION "duty_presence_bit"(d date) RETURNS bit(371) LANGUAGE sql IMMUTABLE AS $$
  SELECT B'1'::bit(371) >> ((extract(week FROM d)::int - 1) * 7 + extract(isodow FROM d)::int - 1)
$$;
--> statement-breakpoint
-- Keeps duty_presence with duty_days, one statement at a time: the dates of the rows removed (deleted,
-- or an update's old state) are cleared, the rows added (inserted, or an update's new state) set the
-- bits of the places that count as present (在村, 公务外出). Bits are cleared and set in place
-- (& ~mask, |), so concurrent writes to one person's year never overwrite each other.
CREATE FUNCTION "duty_presence_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE duty_presence p SET days = p.days & ~m.mask, nights = p.nights & ~m.mask
    FROM (
      SELECT extract(isoyear FROM date)::int AS week_year, village_code, person_id, bit_or(duty_presence_bit(date)) AS mask
      FROM old_rows GROUP BY 1, 2, 3
    ) m
    WHERE p.person_id = m.person_id AND p.week_year = m.week_year AND p.village_code = m.village_code;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO duty_presence AS p (week_year, village_code, person_id, days, nights)
    SELECT extract(isoyear FROM date)::int, village_code, person_id,
      coalesce(bit_or(duty_presence_bit(date)) FILTER (WHERE day_place IN ('village', 'official_duty')), B'0'::bit(371)),
      coalesce(bit_or(duty_presence_bit(date)) FILTER (WHERE night_place IN ('village', 'official_duty')), B'0'::bit(371))
    FROM new_rows GROUP BY 1, 2, 3
    ON CONFLICT (person_id, week_year, village_code)
      DO UPDATE SET days = p.days | excluded.days, nights = p.nights | excluded.nights;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "duty_presence_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE duty_presence;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "duty_presence_insert" AFTER INSERT ON "duty_days" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION duty_presence_change();
--> statement-breakpoint
CREATE TRIGGER "duty_presence_update" AFTER UPDATE ON "duty_days" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION duty_presence_change();
--> statement-breakpoint
CREATE TRIGGER "duty_presence_delete" AFTER DELETE ON "duty_days" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION duty_presence_change();
--> statement-breakpoint
CREATE TRIGGER "duty_presence_truncate" AFTER TRUNCATE ON "duty_days"
  FOR EACH STATEMENT EXECUTE FUNCTION duty_presence_clear();
--> statement-breakpoint
-- the days recorded before this migration
INSERT INTO duty_presence (week_year, village_code, person_id, days, nights)
SELECT extract(isoyear FROM date)::int, village_code, person_id,
  coalesce(bit_or(duty_presence_bit(date)) FILTER (WHERE day_place IN ('village', 'official_duty')), B'0'::bit(371)),
  coalesce(bit_or(duty_presence_bit(date)) FILTER (WHERE night_place IN ('village', 'official_duty')), B'0'::bit(371))
FROM duty_days GROUP BY 1, 2, 3;
