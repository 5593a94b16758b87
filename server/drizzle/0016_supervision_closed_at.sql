ALTER TABLE "supervision_item" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
-- Items closed before the column existed: closed when the log says they were.
UPDATE "supervision_item" s SET "closed_at" = (SELECT max(e."occurred_at") FROM "audit_event" e WHERE e."action" = 'supervision_item.closed' AND e."record_id" = s."id"::text) WHERE s."status" = 'closed';--> statement-breakpoint
UPDATE "supervision_item" SET "closed_at" = "updated_at" WHERE "status" = 'closed' AND "closed_at" IS NULL;
