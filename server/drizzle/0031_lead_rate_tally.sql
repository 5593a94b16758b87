CREATE TABLE "lead_rate_tally" (
	"campaign_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"disposal" text,
	"disposed" boolean,
	"handled_on_time" boolean,
	"handler_wrote" boolean NOT NULL,
	"satisfaction" text,
	"n" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lead" ADD COLUMN "disposed" boolean GENERATED ALWAYS AS ((disposed_on is not null)) STORED;--> statement-breakpoint
ALTER TABLE "lead" ADD COLUMN "handled_on_time" boolean GENERATED ALWAYS AS ((disposed_on <= due_date)) STORED;--> statement-breakpoint
ALTER TABLE "lead" ADD COLUMN "handler_wrote" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "lead" ADD COLUMN "satisfaction" text;--> statement-breakpoint
CREATE INDEX "lead_rate_tally_idx" ON "lead_rate_tally" USING btree ("campaign_id","received_on");--> statement-breakpoint
-- What the rates ask of a lead beyond its own columns, kept on it by the database: a handler's
-- message to the reporter, and the satisfaction the reporter stated.
UPDATE "lead" SET "handler_wrote" = true WHERE "id" IN (SELECT "lead_id" FROM "lead_message" WHERE "direction" = 'from_handler');--> statement-breakpoint
UPDATE "lead" AS l SET "satisfaction" = r."satisfaction" FROM "public_report" AS r WHERE r."lead_id" = l."id" AND r."satisfaction" IS NOT NULL;--> statement-breakpoint
CREATE FUNCTION "zeren_mark_handler_wrote"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "lead" SET "handler_wrote" = true
    WHERE "id" IN (SELECT "lead_id" FROM zeren_new WHERE "direction" = 'from_handler') AND NOT "handler_wrote";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "lead_message_marks_lead" AFTER INSERT ON "lead_message" REFERENCING NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_mark_handler_wrote"();--> statement-breakpoint
CREATE FUNCTION "zeren_copy_satisfaction"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "lead" SET "satisfaction" = NEW."satisfaction"
    WHERE "id" = NEW."lead_id" AND "satisfaction" IS DISTINCT FROM NEW."satisfaction";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "public_report_satisfaction_insert" AFTER INSERT ON "public_report"
  FOR EACH ROW WHEN (NEW."satisfaction" IS NOT NULL) EXECUTE FUNCTION "zeren_copy_satisfaction"();--> statement-breakpoint
CREATE TRIGGER "public_report_satisfaction_update" AFTER UPDATE OF "satisfaction", "lead_id" ON "public_report"
  FOR EACH ROW EXECUTE FUNCTION "zeren_copy_satisfaction"();--> statement-breakpoint
DROP TRIGGER "lead_tally_insert" ON "lead";--> statement-breakpoint
DROP TRIGGER "lead_tally_update" ON "lead";--> statement-breakpoint
DROP TRIGGER "lead_tally_delete" ON "lead";--> statement-breakpoint
DROP TRIGGER "lead_tally_truncate" ON "lead";--> statement-breakpoint
CREATE TRIGGER "lead_tally_insert" AFTER INSERT ON "lead" REFERENCING NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"(
    'lead_source_tally', '"campaign_id", "received_on", "source"',
    'lead_conduct_tally', '"campaign_id", "received_on", "conduct"',
    'lead_disposal_tally', '"campaign_id", "received_on", "disposal"',
    'lead_domain_tally', '"campaign_id", "received_on", "domain_id"',
    'lead_rate_tally', '"campaign_id", "received_on", "source", "status", "disposal", "disposed", "handled_on_time", "handler_wrote", "satisfaction"');--> statement-breakpoint
CREATE TRIGGER "lead_tally_update" AFTER UPDATE ON "lead" REFERENCING OLD TABLE AS zeren_old NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"(
    'lead_source_tally', '"campaign_id", "received_on", "source"',
    'lead_conduct_tally', '"campaign_id", "received_on", "conduct"',
    'lead_disposal_tally', '"campaign_id", "received_on", "disposal"',
    'lead_domain_tally', '"campaign_id", "received_on", "domain_id"',
    'lead_rate_tally', '"campaign_id", "received_on", "source", "status", "disposal", "disposed", "handled_on_time", "handler_wrote", "satisfaction"');--> statement-breakpoint
CREATE TRIGGER "lead_tally_delete" AFTER DELETE ON "lead" REFERENCING OLD TABLE AS zeren_old
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"(
    'lead_source_tally', '"campaign_id", "received_on", "source"',
    'lead_conduct_tally', '"campaign_id", "received_on", "conduct"',
    'lead_disposal_tally', '"campaign_id", "received_on", "disposal"',
    'lead_domain_tally', '"campaign_id", "received_on", "domain_id"',
    'lead_rate_tally', '"campaign_id", "received_on", "source", "status", "disposal", "disposed", "handled_on_time", "handler_wrote", "satisfaction"');--> statement-breakpoint
CREATE TRIGGER "lead_tally_truncate" AFTER TRUNCATE ON "lead"
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_truncate"(
    'lead_source_tally', '', 'lead_conduct_tally', '', 'lead_disposal_tally', '', 'lead_domain_tally', '', 'lead_rate_tally', '');--> statement-breakpoint
INSERT INTO "lead_rate_tally" SELECT "campaign_id", "received_on", "source", "status", "disposal", "disposed", "handled_on_time", "handler_wrote", "satisfaction", count(*) FROM "lead" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
--> statement-breakpoint
-- The (unit, …) indexes carry what a county's figures count (migration 0027), the new columns too,
-- so its counts stay index-only scans.
DROP INDEX IF EXISTS "lead_unit_id_idx";--> statement-breakpoint
CREATE INDEX "lead_unit_id_idx" ON "lead" USING btree ("unit_id","id") INCLUDE ("campaign_id","source","conduct","disposal","domain_id","received_on","disposed_on","due_date","status","disposed","handled_on_time","handler_wrote","satisfaction");--> statement-breakpoint
DROP INDEX IF EXISTS "supervision_item_unit_due_idx";--> statement-breakpoint
CREATE INDEX "supervision_item_unit_due_idx" ON "supervision_item" USING btree ("unit_id","due_date","id") INCLUDE ("campaign_id","status","closed_at","domain_id","reminded","closed_on_time");
