CREATE TABLE "supervision_item_tally" (
	"campaign_id" uuid NOT NULL,
	"status" text NOT NULL,
	"due_date" date NOT NULL,
	"reminded" boolean NOT NULL,
	"closed_on_time" boolean,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_reminder_tally" (
	"campaign_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reminded_on" date NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supervision_item" ADD COLUMN "closed_on_time" boolean GENERATED ALWAYS AS (((closed_at at time zone 'Asia/Shanghai')::date <= due_date)) STORED;--> statement-breakpoint
ALTER TABLE "supervision_item" ADD COLUMN "reminded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision_reminder" ADD COLUMN "campaign_id" uuid;--> statement-breakpoint
UPDATE "supervision_reminder" AS r SET "campaign_id" = i."campaign_id" FROM "supervision_item" AS i WHERE i."id" = r."item_id";--> statement-breakpoint
ALTER TABLE "supervision_reminder" ALTER COLUMN "campaign_id" SET NOT NULL;--> statement-breakpoint
UPDATE "supervision_item" SET "reminded" = true WHERE "id" IN (SELECT "item_id" FROM "supervision_reminder");--> statement-breakpoint
CREATE INDEX "supervision_item_tally_idx" ON "supervision_item_tally" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "supervision_reminder_tally_idx" ON "supervision_reminder_tally" USING btree ("campaign_id","reminded_on");--> statement-breakpoint
ALTER TABLE "supervision_reminder" ADD CONSTRAINT "supervision_reminder_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A reminder's campaign is its item's, whatever an insert says: the reminders' tally counts by it.
CREATE FUNCTION "zeren_reminder_campaign"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.campaign_id := (SELECT "campaign_id" FROM "supervision_item" WHERE "id" = NEW.item_id);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "supervision_reminder_campaign" BEFORE INSERT OR UPDATE OF "item_id", "campaign_id" ON "supervision_reminder"
  FOR EACH ROW EXECUTE FUNCTION "zeren_reminder_campaign"();--> statement-breakpoint
-- An item with a reminder is reminded (催办过), by whichever path recorded it.
CREATE FUNCTION "zeren_mark_reminded"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "supervision_item" SET "reminded" = true
    WHERE "id" IN (SELECT "item_id" FROM zeren_new) AND NOT "reminded";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "supervision_reminder_marks_item" AFTER INSERT ON "supervision_reminder" REFERENCING NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_mark_reminded"();--> statement-breakpoint
CREATE TRIGGER "supervision_item_tally_insert" AFTER INSERT ON "supervision_item" REFERENCING NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"('supervision_item_tally', '"campaign_id", "status", "due_date", "reminded", "closed_on_time"');--> statement-breakpoint
CREATE TRIGGER "supervision_item_tally_update" AFTER UPDATE ON "supervision_item" REFERENCING OLD TABLE AS zeren_old NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"('supervision_item_tally', '"campaign_id", "status", "due_date", "reminded", "closed_on_time"');--> statement-breakpoint
CREATE TRIGGER "supervision_item_tally_delete" AFTER DELETE ON "supervision_item" REFERENCING OLD TABLE AS zeren_old
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"('supervision_item_tally', '"campaign_id", "status", "due_date", "reminded", "closed_on_time"');--> statement-breakpoint
CREATE TRIGGER "supervision_item_tally_truncate" AFTER TRUNCATE ON "supervision_item"
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_truncate"('supervision_item_tally', '');--> statement-breakpoint
CREATE TRIGGER "supervision_reminder_tally_insert" AFTER INSERT ON "supervision_reminder" REFERENCING NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"('supervision_reminder_tally', '"campaign_id", "kind", "reminded_on"');--> statement-breakpoint
CREATE TRIGGER "supervision_reminder_tally_update" AFTER UPDATE ON "supervision_reminder" REFERENCING OLD TABLE AS zeren_old NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"('supervision_reminder_tally', '"campaign_id", "kind", "reminded_on"');--> statement-breakpoint
CREATE TRIGGER "supervision_reminder_tally_delete" AFTER DELETE ON "supervision_reminder" REFERENCING OLD TABLE AS zeren_old
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"('supervision_reminder_tally', '"campaign_id", "kind", "reminded_on"');--> statement-breakpoint
CREATE TRIGGER "supervision_reminder_tally_truncate" AFTER TRUNCATE ON "supervision_reminder"
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_truncate"('supervision_reminder_tally', '');--> statement-breakpoint
-- What exists already, counted once.
INSERT INTO "supervision_item_tally" SELECT "campaign_id", "status", "due_date", "reminded", "closed_on_time", count(*) FROM "supervision_item" GROUP BY 1, 2, 3, 4, 5;--> statement-breakpoint
INSERT INTO "supervision_reminder_tally" SELECT "campaign_id", "kind", "reminded_on", count(*) FROM "supervision_reminder" GROUP BY 1, 2, 3;
