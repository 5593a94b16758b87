CREATE TABLE "supervision_criticism" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"working_days_overdue" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_escalation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"step" text NOT NULL,
	"due_date" date NOT NULL,
	"reached_on" date NOT NULL,
	"working_days_overdue" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"code" text NOT NULL,
	"domain_id" uuid,
	"source" text NOT NULL,
	"instruction" text,
	"instructing_leader" text,
	"title" text NOT NULL,
	"task" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"responsible_person_id" uuid,
	"parent_id" uuid,
	"assigned_by_unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"due_date" date NOT NULL,
	"due_basis_from" date,
	"due_basis_days" integer,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"percent" integer NOT NULL,
	"note" text NOT NULL,
	"reported_by" uuid,
	"reported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_settings" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"reminder_working_days" integer NOT NULL,
	"red_after_working_days" integer NOT NULL,
	"transfer_after_working_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_transfer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"history" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supervision_criticism" ADD CONSTRAINT "supervision_criticism_item_id_supervision_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_criticism" ADD CONSTRAINT "supervision_criticism_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_escalation" ADD CONSTRAINT "supervision_escalation_item_id_supervision_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_escalation" ADD CONSTRAINT "supervision_escalation_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_domain_id_campaign_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."campaign_domain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_responsible_person_id_person_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_parent_id_supervision_item_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."supervision_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_assigned_by_unit_id_unit_id_fk" FOREIGN KEY ("assigned_by_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_item" ADD CONSTRAINT "supervision_item_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_progress" ADD CONSTRAINT "supervision_progress_item_id_supervision_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_progress" ADD CONSTRAINT "supervision_progress_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_progress" ADD CONSTRAINT "supervision_progress_reported_by_user_account_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_settings" ADD CONSTRAINT "supervision_settings_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_transfer" ADD CONSTRAINT "supervision_transfer_item_id_supervision_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_transfer" ADD CONSTRAINT "supervision_transfer_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_criticism_unit_idx" ON "supervision_criticism" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_escalation_step_uq" ON "supervision_escalation" USING btree ("item_id","due_date","step");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_item_code_uq" ON "supervision_item" USING btree ("campaign_id","code");--> statement-breakpoint
CREATE INDEX "supervision_item_unit_idx" ON "supervision_item" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "supervision_item_parent_idx" ON "supervision_item" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "supervision_item_due_idx" ON "supervision_item" USING btree ("due_date","id");--> statement-breakpoint
CREATE INDEX "supervision_item_status_due_idx" ON "supervision_item" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "supervision_progress_item_idx" ON "supervision_progress" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "supervision_transfer_status_idx" ON "supervision_transfer" USING btree ("status");