CREATE TABLE "extension_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"decider_unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"current_due_date" date NOT NULL,
	"requested_due_date" date NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"opinion" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "key_task" ADD COLUMN "set_by_unit_id" uuid;--> statement-breakpoint
-- Existing tasks: the deadline was set by the creator's unit, or by the responsible unit when the creator is unknown.
UPDATE "key_task" SET "set_by_unit_id" = coalesce((SELECT p."unit_id" FROM "user_account" a JOIN "person" p ON p."id" = a."person_id" WHERE a."id" = "key_task"."created_by"), "key_task"."unit_id");--> statement-breakpoint
ALTER TABLE "key_task" ALTER COLUMN "set_by_unit_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_decider_unit_id_unit_id_fk" FOREIGN KEY ("decider_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_requested_by_user_account_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_decided_by_user_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "extension_request_subject_idx" ON "extension_request" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "extension_request_decider_idx" ON "extension_request" USING btree ("decider_unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "extension_request_open_uq" ON "extension_request" USING btree ("subject_type","subject_id") WHERE "extension_request"."status" = 'requested';--> statement-breakpoint
ALTER TABLE "key_task" ADD CONSTRAINT "key_task_set_by_unit_id_unit_id_fk" FOREIGN KEY ("set_by_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;