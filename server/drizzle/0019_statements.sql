CREATE TABLE "commitment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"statement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"promise" text NOT NULL,
	"domain_id" uuid,
	"responsible_person_id" uuid,
	"start_date" date NOT NULL,
	"working_days" integer NOT NULL,
	"due_date" date NOT NULL,
	"outcome" text,
	"decided_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"commitment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"date" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_statement" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"return_reason" text,
	"signed_by" uuid,
	"signed_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_comment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"statement_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_statement_id_duty_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."duty_statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_domain_id_campaign_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."campaign_domain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_responsible_person_id_person_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_progress" ADD CONSTRAINT "commitment_progress_commitment_id_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_progress" ADD CONSTRAINT "commitment_progress_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_statement" ADD CONSTRAINT "duty_statement_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_statement" ADD CONSTRAINT "duty_statement_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_statement" ADD CONSTRAINT "duty_statement_signed_by_user_account_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_statement" ADD CONSTRAINT "duty_statement_approved_by_user_account_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_statement" ADD CONSTRAINT "duty_statement_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_comment" ADD CONSTRAINT "statement_comment_statement_id_duty_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."duty_statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_comment" ADD CONSTRAINT "statement_comment_moderated_by_user_account_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_statement_idx" ON "commitment" USING btree ("statement_id","id");--> statement-breakpoint
CREATE INDEX "commitment_unit_due_idx" ON "commitment" USING btree ("unit_id","due_date","id");--> statement-breakpoint
CREATE INDEX "commitment_due_idx" ON "commitment" USING btree ("due_date","id");--> statement-breakpoint
CREATE INDEX "commitment_progress_commitment_idx" ON "commitment_progress" USING btree ("commitment_id","id");--> statement-breakpoint
CREATE INDEX "duty_statement_unit_id_idx" ON "duty_statement" USING btree ("unit_id","id");--> statement-breakpoint
CREATE INDEX "duty_statement_status_idx" ON "duty_statement" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "statement_comment_statement_idx" ON "statement_comment" USING btree ("statement_id","status","id");