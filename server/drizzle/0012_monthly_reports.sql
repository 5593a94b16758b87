CREATE TABLE "monthly_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"month" text NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"edited_at" timestamp with time zone,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"snapshot" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monthly_report_reminder" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_on" date NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monthly_report_settings" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"remind_before_working_days" integer NOT NULL,
	"remind_after_working_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monthly_report_supervision_unit" (
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "monthly_report_supervision_unit_campaign_id_unit_id_pk" PRIMARY KEY("campaign_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "monthly_report" ADD CONSTRAINT "monthly_report_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report" ADD CONSTRAINT "monthly_report_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report" ADD CONSTRAINT "monthly_report_submitted_by_user_account_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report_reminder" ADD CONSTRAINT "monthly_report_reminder_report_id_monthly_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monthly_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report_reminder" ADD CONSTRAINT "monthly_report_reminder_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report_settings" ADD CONSTRAINT "monthly_report_settings_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report_supervision_unit" ADD CONSTRAINT "monthly_report_supervision_unit_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report_supervision_unit" ADD CONSTRAINT "monthly_report_supervision_unit_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monthly_report_unit_month_uq" ON "monthly_report" USING btree ("campaign_id","unit_id","month");--> statement-breakpoint
CREATE INDEX "monthly_report_unit_idx" ON "monthly_report" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "monthly_report_month_idx" ON "monthly_report" USING btree ("month","id");--> statement-breakpoint
CREATE UNIQUE INDEX "monthly_report_reminder_once_uq" ON "monthly_report_reminder" USING btree ("report_id","kind") WHERE "monthly_report_reminder"."kind" <> 'manual';--> statement-breakpoint
CREATE INDEX "monthly_report_reminder_report_idx" ON "monthly_report_reminder" USING btree ("report_id");