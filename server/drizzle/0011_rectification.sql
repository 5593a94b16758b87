CREATE TABLE "rectification_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid,
	"source_label" text,
	"problem" text NOT NULL,
	"domain_id" uuid,
	"conduct" text,
	"measures" text,
	"responsible_person" text,
	"due_date" date NOT NULL,
	"due_basis_from" date,
	"due_basis_days" integer,
	"status" text NOT NULL,
	"completion" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rectification_item" ADD CONSTRAINT "rectification_item_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_item" ADD CONSTRAINT "rectification_item_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_item" ADD CONSTRAINT "rectification_item_domain_id_campaign_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."campaign_domain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_item" ADD CONSTRAINT "rectification_item_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rectification_item_unit_idx" ON "rectification_item" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "rectification_item_due_idx" ON "rectification_item" USING btree ("due_date","id");--> statement-breakpoint
CREATE INDEX "rectification_item_status_due_idx" ON "rectification_item" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "rectification_item_source_idx" ON "rectification_item" USING btree ("source_id");