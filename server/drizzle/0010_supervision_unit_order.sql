DROP INDEX "supervision_item_unit_idx";--> statement-breakpoint
CREATE INDEX "supervision_item_unit_due_idx" ON "supervision_item" USING btree ("unit_id","due_date","id");