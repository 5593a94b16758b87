CREATE TABLE "spot_check_assignment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"target_id" uuid NOT NULL,
	"roster_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"ordinal" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_finding" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"problem" text NOT NULL,
	"conduct" text NOT NULL,
	"domain_id" uuid,
	"severity" text NOT NULL,
	"disposition" text,
	"disposition_note" text,
	"rectification_item_id" uuid,
	"disposed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_inspector" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"certificate_no" text,
	"conflicts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"basis" text,
	"method" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_plan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"target_count" integer NOT NULL,
	"ratio_cap_percent" integer,
	"inspectors_per_target" integer NOT NULL,
	"check_item_ids" uuid[] NOT NULL,
	"status" text NOT NULL,
	"eligible_targets" integer,
	"eligible_inspectors" integer,
	"draw_input" text,
	"commitment" text,
	"committed_at" timestamp with time zone,
	"public_value" text,
	"public_value_source" text,
	"public_value_date" date,
	"seed" text,
	"algorithm" text,
	"draw_steps" jsonb,
	"drawn_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_roster_target" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"target_unit_id" uuid NOT NULL,
	"category" text,
	"note" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_target" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"roster_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"outcome" text,
	"result_summary" text,
	"checked_on" date,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_transfer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"finding_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"history" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "spot_check_assignment" ADD CONSTRAINT "spot_check_assignment_target_id_spot_check_target_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."spot_check_target"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_assignment" ADD CONSTRAINT "spot_check_assignment_roster_id_spot_check_inspector_id_fk" FOREIGN KEY ("roster_id") REFERENCES "public"."spot_check_inspector"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_assignment" ADD CONSTRAINT "spot_check_assignment_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_finding" ADD CONSTRAINT "spot_check_finding_plan_id_spot_check_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."spot_check_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_finding" ADD CONSTRAINT "spot_check_finding_target_id_spot_check_target_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."spot_check_target"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_finding" ADD CONSTRAINT "spot_check_finding_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_finding" ADD CONSTRAINT "spot_check_finding_domain_id_campaign_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."campaign_domain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_finding" ADD CONSTRAINT "spot_check_finding_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_inspector" ADD CONSTRAINT "spot_check_inspector_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_inspector" ADD CONSTRAINT "spot_check_inspector_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_item" ADD CONSTRAINT "spot_check_item_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_plan" ADD CONSTRAINT "spot_check_plan_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_plan" ADD CONSTRAINT "spot_check_plan_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_plan" ADD CONSTRAINT "spot_check_plan_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_roster_target" ADD CONSTRAINT "spot_check_roster_target_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_roster_target" ADD CONSTRAINT "spot_check_roster_target_target_unit_id_unit_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_target" ADD CONSTRAINT "spot_check_target_plan_id_spot_check_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."spot_check_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_target" ADD CONSTRAINT "spot_check_target_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_target" ADD CONSTRAINT "spot_check_target_roster_id_spot_check_roster_target_id_fk" FOREIGN KEY ("roster_id") REFERENCES "public"."spot_check_roster_target"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_target" ADD CONSTRAINT "spot_check_target_recorded_by_user_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_transfer" ADD CONSTRAINT "spot_check_transfer_finding_id_spot_check_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."spot_check_finding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_transfer" ADD CONSTRAINT "spot_check_transfer_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_assignment_uq" ON "spot_check_assignment" USING btree ("target_id","person_id");--> statement-breakpoint
CREATE INDEX "spot_check_assignment_person_idx" ON "spot_check_assignment" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "spot_check_finding_target_idx" ON "spot_check_finding" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "spot_check_finding_plan_idx" ON "spot_check_finding" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_inspector_uq" ON "spot_check_inspector" USING btree ("unit_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_item_code_uq" ON "spot_check_item" USING btree ("unit_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_plan_code_uq" ON "spot_check_plan" USING btree ("campaign_id","code");--> statement-breakpoint
CREATE INDEX "spot_check_plan_unit_idx" ON "spot_check_plan" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "spot_check_plan_status_idx" ON "spot_check_plan" USING btree ("status","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_roster_target_uq" ON "spot_check_roster_target" USING btree ("unit_id","target_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_target_plan_uq" ON "spot_check_target" USING btree ("plan_id","ordinal");--> statement-breakpoint
CREATE INDEX "spot_check_target_unit_idx" ON "spot_check_target" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "spot_check_transfer_status_idx" ON "spot_check_transfer" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_transfer_finding_uq" ON "spot_check_transfer" USING btree ("finding_id");