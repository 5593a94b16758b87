ALTER TABLE "rectification_item" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
-- Items closed before the column existed: closed at their last change.
UPDATE "rectification_item" SET "closed_at" = "updated_at" WHERE "status" = 'confirmed' OR ("status" = 'signed_off' AND "source" <> 'inspection_finding');
