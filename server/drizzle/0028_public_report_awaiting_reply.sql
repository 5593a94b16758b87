ALTER TABLE "public_report" ADD COLUMN "awaiting_reply_since" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "public_report_awaiting_reply_idx" ON "public_report" USING btree ("lead_id") WHERE "public_report"."awaiting_reply_since" is not null;--> statement-breakpoint
-- Reports whose reporter wrote before the column existed and was not answered: the first of their
-- words (a reply, or a file the reporter sent) after the handler's last message, or after the case
-- opened when no handler wrote — a report no handler had taken up waits for triage instead.
UPDATE "public_report" AS r SET "awaiting_reply_since" = w."since"
FROM (
  SELECT words."lead_id", min(words."at") AS "since"
  FROM (
    SELECT "lead_id", "created_at" AS "at" FROM "lead_message" WHERE "direction" = 'from_reporter'
    UNION ALL
    SELECT "owner_id", "created_at" FROM "stored_file" WHERE "owner_type" = 'lead' AND "uploaded_by" IS NULL
  ) AS words
  WHERE words."at" > coalesce(
    (SELECT max(h."created_at") FROM "lead_message" AS h WHERE h."lead_id" = words."lead_id" AND h."direction" = 'from_handler'),
    (SELECT c."created_at" FROM "accountability_case" AS c WHERE c."lead_id" = words."lead_id"),
    'infinity'::timestamptz
  )
  GROUP BY words."lead_id"
) AS w
WHERE r."lead_id" = w."lead_id";
