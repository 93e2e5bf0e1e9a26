-- Failed sign-ins counted per login name and address (issue 12): the rows so far count for the
-- account as a whole, so they become its `*` row.
ALTER TABLE "login_throttle" ADD COLUMN "address" varchar(64) DEFAULT '*' NOT NULL;--> statement-breakpoint
ALTER TABLE "login_throttle" DROP CONSTRAINT "login_throttle_pkey";--> statement-breakpoint
ALTER TABLE "login_throttle" ADD CONSTRAINT "login_throttle_login_address_pk" PRIMARY KEY("login","address");
