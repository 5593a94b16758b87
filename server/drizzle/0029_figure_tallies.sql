CREATE TABLE "lead_conduct_tally" (
	"campaign_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"conduct" text,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_disposal_tally" (
	"campaign_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"disposal" text,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_domain_tally" (
	"campaign_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"domain_id" uuid,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_source_tally" (
	"campaign_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"source" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_item_tally" (
	"campaign_id" uuid NOT NULL,
	"status" text NOT NULL,
	"due_date" date NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "lead_conduct_tally_idx" ON "lead_conduct_tally" USING btree ("campaign_id","received_on");--> statement-breakpoint
CREATE INDEX "lead_disposal_tally_idx" ON "lead_disposal_tally" USING btree ("campaign_id","received_on");--> statement-breakpoint
CREATE INDEX "lead_domain_tally_idx" ON "lead_domain_tally" USING btree ("campaign_id","received_on");--> statement-breakpoint
CREATE INDEX "lead_source_tally_idx" ON "lead_source_tally" USING btree ("campaign_id","received_on");--> statement-breakpoint
CREATE INDEX "rectification_item_tally_idx" ON "rectification_item_tally" USING btree ("campaign_id");--> statement-breakpoint
-- Tallies (platform/tallies.ts): each written by statement triggers as rows of +n / −n — never an
-- update of a shared row, so concurrent writers of the same values do not wait on each other —
-- and folded by a job. Arguments: pairs of (tally table, its key columns as written in SQL).
CREATE FUNCTION "zeren_tally_deltas"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  i integer := 0;
  keys text;
  changed text;
BEGIN
  WHILE i < TG_NARGS LOOP
    keys := TG_ARGV[i + 1];
    changed := CASE TG_OP
      WHEN 'INSERT' THEN format('SELECT %s, 1 AS d FROM zeren_new', keys)
      WHEN 'DELETE' THEN format('SELECT %s, -1 AS d FROM zeren_old', keys)
      ELSE format('SELECT %1$s, 1 AS d FROM zeren_new UNION ALL SELECT %1$s, -1 AS d FROM zeren_old', keys)
    END;
    EXECUTE format('INSERT INTO %I (%s, n) SELECT %s, sum(d) FROM (%s) AS c GROUP BY %s HAVING sum(d) <> 0',
      TG_ARGV[i], keys, keys, changed, keys);
    i := i + 2;
  END LOOP;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "zeren_tally_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  i integer := 0;
BEGIN
  WHILE i < TG_NARGS LOOP
    EXECUTE format('DELETE FROM %I', TG_ARGV[i]);
    i := i + 2;
  END LOOP;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "lead_tally_insert" AFTER INSERT ON "lead" REFERENCING NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"(
    'lead_source_tally', '"campaign_id", "received_on", "source"',
    'lead_conduct_tally', '"campaign_id", "received_on", "conduct"',
    'lead_disposal_tally', '"campaign_id", "received_on", "disposal"',
    'lead_domain_tally', '"campaign_id", "received_on", "domain_id"');--> statement-breakpoint
CREATE TRIGGER "lead_tally_update" AFTER UPDATE ON "lead" REFERENCING OLD TABLE AS zeren_old NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"(
    'lead_source_tally', '"campaign_id", "received_on", "source"',
    'lead_conduct_tally', '"campaign_id", "received_on", "conduct"',
    'lead_disposal_tally', '"campaign_id", "received_on", "disposal"',
    'lead_domain_tally', '"campaign_id", "received_on", "domain_id"');--> statement-breakpoint
CREATE TRIGGER "lead_tally_delete" AFTER DELETE ON "lead" REFERENCING OLD TABLE AS zeren_old
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"(
    'lead_source_tally', '"campaign_id", "received_on", "source"',
    'lead_conduct_tally', '"campaign_id", "received_on", "conduct"',
    'lead_disposal_tally', '"campaign_id", "received_on", "disposal"',
    'lead_domain_tally', '"campaign_id", "received_on", "domain_id"');--> statement-breakpoint
CREATE TRIGGER "lead_tally_truncate" AFTER TRUNCATE ON "lead"
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_truncate"(
    'lead_source_tally', '', 'lead_conduct_tally', '', 'lead_disposal_tally', '', 'lead_domain_tally', '');--> statement-breakpoint
CREATE TRIGGER "rectification_item_tally_insert" AFTER INSERT ON "rectification_item" REFERENCING NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"('rectification_item_tally', '"campaign_id", "status", "due_date"');--> statement-breakpoint
CREATE TRIGGER "rectification_item_tally_update" AFTER UPDATE ON "rectification_item" REFERENCING OLD TABLE AS zeren_old NEW TABLE AS zeren_new
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"('rectification_item_tally', '"campaign_id", "status", "due_date"');--> statement-breakpoint
CREATE TRIGGER "rectification_item_tally_delete" AFTER DELETE ON "rectification_item" REFERENCING OLD TABLE AS zeren_old
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_deltas"('rectification_item_tally', '"campaign_id", "status", "due_date"');--> statement-breakpoint
CREATE TRIGGER "rectification_item_tally_truncate" AFTER TRUNCATE ON "rectification_item"
  FOR EACH STATEMENT EXECUTE FUNCTION "zeren_tally_truncate"('rectification_item_tally', '');--> statement-breakpoint
-- What exists already, counted once.
INSERT INTO "lead_source_tally" SELECT "campaign_id", "received_on", "source", count(*) FROM "lead" GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO "lead_conduct_tally" SELECT "campaign_id", "received_on", "conduct", count(*) FROM "lead" GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO "lead_disposal_tally" SELECT "campaign_id", "received_on", "disposal", count(*) FROM "lead" GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO "lead_domain_tally" SELECT "campaign_id", "received_on", "domain_id", count(*) FROM "lead" GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO "rectification_item_tally" SELECT "campaign_id", "status", "due_date", count(*) FROM "rectification_item" GROUP BY 1, 2, 3;
