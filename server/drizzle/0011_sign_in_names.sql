-- Sign-in names unique across accounts (issue 12): usernames may no longer be all digits, so they can
-- never equal anyone's phone. Accounts made with their phone as username (cadres) keep signing in
-- with that phone, and are renamed cadre-<id>.
UPDATE "users" SET "phone" = "username"
  WHERE "username" ~ '^1[3-9][0-9]{9}$' AND "phone" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "users" AS "other" WHERE "other"."phone" = "users"."username");--> statement-breakpoint
UPDATE "users" SET "username" = 'cadre-' || "id" WHERE "username" ~ '^[0-9]+$';--> statement-breakpoint
UPDATE "users" SET "phone" = NULL WHERE "phone" !~ '^[0-9]{11}$';--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_username_not_digits" CHECK ("users"."username" !~ '^[0-9]+$');--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_phone_digits" CHECK ("users"."phone" ~ '^[0-9]{11}$');