CREATE TABLE "supervision_reminder" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"by_unit_id" uuid,
	"by_user_id" uuid,
	"message" text,
	"due_date" date NOT NULL,
	"reminded_on" date NOT NULL,
	"reminded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supervision_reminder" ADD CONSTRAINT "supervision_reminder_item_id_supervision_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reminder" ADD CONSTRAINT "supervision_reminder_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reminder" ADD CONSTRAINT "supervision_reminder_by_unit_id_unit_id_fk" FOREIGN KEY ("by_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reminder" ADD CONSTRAINT "supervision_reminder_by_user_id_user_account_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_reminder_item_idx" ON "supervision_reminder" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "supervision_reminder_day_idx" ON "supervision_reminder" USING btree ("reminded_on","id");--> statement-breakpoint
-- Past reminders as records. Ids are UUIDv7 made from the time of the event each copies, so the
-- list (newest first, by id) keeps them in order among the new ones.
-- The ladder's: each `reminder` step it recorded.
INSERT INTO "supervision_reminder" ("id", "item_id", "unit_id", "kind", "due_date", "reminded_on", "reminded_at")
SELECT (lpad(to_hex(floor(extract(epoch FROM e."created_at") * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid, e."item_id", e."unit_id", 'ladder', e."due_date", e."reached_on", e."created_at"
FROM "supervision_escalation" e WHERE e."step" = 'reminder';--> statement-breakpoint
-- A person's: the audit events `supervision_item.reminded` of items that still exist (who, when,
-- the message and the due date are in the event; the reminding unit is the person's unit today).
INSERT INTO "supervision_reminder" ("id", "item_id", "unit_id", "kind", "by_unit_id", "by_user_id", "message", "due_date", "reminded_on", "reminded_at")
SELECT (lpad(to_hex(floor(extract(epoch FROM a."occurred_at") * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid, s."id", coalesce(a."unit_id", s."unit_id"), 'manual', p."unit_id", u."id",
  nullif(a."after" ->> 'message', ''), coalesce((a."after" ->> 'dueDate')::date, s."due_date"),
  (a."occurred_at" AT TIME ZONE 'Asia/Shanghai')::date, a."occurred_at"
FROM "audit_event" a
JOIN "supervision_item" s ON s."id"::text = a."record_id"
LEFT JOIN "user_account" u ON u."id" = a."actor_id"
LEFT JOIN "person" p ON p."id" = u."person_id"
WHERE a."action" = 'supervision_item.reminded' AND a."record_type" = 'supervision_item';
