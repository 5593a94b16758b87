ALTER TABLE "key_task" ADD COLUMN "due_basis_from" date;--> statement-breakpoint
ALTER TABLE "key_task" ADD COLUMN "due_basis_days" integer;--> statement-breakpoint
ALTER TABLE "extension_request" ADD COLUMN "requested_working_days" integer;