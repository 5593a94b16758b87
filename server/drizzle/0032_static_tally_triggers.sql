-- The tallies' triggers as one function per counted table with its statements written out, in
-- place of one generic function building them at each call (EXECUTE format(…)): PL/pgSQL plans a
-- written statement once, where EXECUTE parses and plans it at every statement on the table —
-- about 0.4 ms more for each batch of leads a public report intake inserts (pgbench, 8 leads a
-- statement: 6.0 against 5.6 ms; written out, within the noise of no trigger at all).
-- `zeren_install_tallies` writes a table's function and its four triggers from its tallies
-- (pairs of tally table and key columns), so a later tally is one call in its migration.
CREATE FUNCTION "zeren_install_tallies"(source text, tallies text[]) RETURNS void LANGUAGE plpgsql AS $install$
DECLARE
  ins text := '';
  del text := '';
  upd text := '';
  trunc text := '';
  i integer := 1;
  t text;
  k text;
BEGIN
  WHILE i < array_length(tallies, 1) LOOP
    t := quote_ident(tallies[i]);
    k := tallies[i + 1];
    ins := ins || format('INSERT INTO %1$s (%2$s, n) SELECT %2$s, count(*) FROM zeren_new GROUP BY %2$s; ', t, k);
    del := del || format('INSERT INTO %1$s (%2$s, n) SELECT %2$s, -count(*) FROM zeren_old GROUP BY %2$s; ', t, k);
    upd := upd || format('INSERT INTO %1$s (%2$s, n) SELECT %2$s, sum(d) FROM (SELECT %2$s, 1 AS d FROM zeren_new UNION ALL SELECT %2$s, -1 AS d FROM zeren_old) AS c GROUP BY %2$s HAVING sum(d) <> 0; ', t, k);
    trunc := trunc || format('DELETE FROM %s; ', t);
    i := i + 2;
  END LOOP;
  EXECUTE format($f$CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  IF TG_OP = 'INSERT' THEN %s
  ELSIF TG_OP = 'UPDATE' THEN %s
  ELSIF TG_OP = 'DELETE' THEN %s
  ELSE %s
  END IF;
  RETURN NULL;
END $body$ $f$, 'zeren_tally_' || source, ins, upd, del, trunc);
  EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', source || '_tally_insert', source);
  EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', source || '_tally_update', source);
  EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', source || '_tally_delete', source);
  EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', source || '_tally_truncate', source);
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS zeren_new FOR EACH STATEMENT EXECUTE FUNCTION %I()',
    source || '_tally_insert', source, 'zeren_tally_' || source);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS zeren_old NEW TABLE AS zeren_new FOR EACH STATEMENT EXECUTE FUNCTION %I()',
    source || '_tally_update', source, 'zeren_tally_' || source);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS zeren_old FOR EACH STATEMENT EXECUTE FUNCTION %I()',
    source || '_tally_delete', source, 'zeren_tally_' || source);
  EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION %I()',
    source || '_tally_truncate', source, 'zeren_tally_' || source);
END $install$;--> statement-breakpoint
SELECT "zeren_install_tallies"('lead', ARRAY[
  'lead_source_tally', '"campaign_id", "received_on", "source"',
  'lead_conduct_tally', '"campaign_id", "received_on", "conduct"',
  'lead_disposal_tally', '"campaign_id", "received_on", "disposal"',
  'lead_domain_tally', '"campaign_id", "received_on", "domain_id"',
  'lead_rate_tally', '"campaign_id", "received_on", "source", "status", "disposal", "disposed", "handled_on_time", "handler_wrote", "satisfaction"']);--> statement-breakpoint
SELECT "zeren_install_tallies"('rectification_item', ARRAY[
  'rectification_item_tally', '"campaign_id", "status", "due_date"']);--> statement-breakpoint
SELECT "zeren_install_tallies"('supervision_item', ARRAY[
  'supervision_item_tally', '"campaign_id", "status", "due_date", "reminded", "closed_on_time"']);--> statement-breakpoint
SELECT "zeren_install_tallies"('supervision_reminder', ARRAY[
  'supervision_reminder_tally', '"campaign_id", "kind", "reminded_on"']);--> statement-breakpoint
DROP FUNCTION "zeren_tally_deltas"();--> statement-breakpoint
DROP FUNCTION "zeren_tally_truncate"();
