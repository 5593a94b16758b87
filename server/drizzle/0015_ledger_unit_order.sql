DROP INDEX "rectification_item_unit_idx";--> statement-breakpoint
CREATE INDEX "rectification_item_unit_due_idx" ON "rectification_item" USING btree ("unit_id","due_date","id");