CREATE INDEX "duty_item_code_idx" ON "duty_item" USING btree ("code","id");--> statement-breakpoint
CREATE INDEX "key_task_due_idx" ON "key_task" USING btree ("due_date","id");--> statement-breakpoint
CREATE INDEX "person_name_idx" ON "person" USING btree ("name","id");