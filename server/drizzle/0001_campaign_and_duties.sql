CREATE TABLE "campaign" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"report_day" integer DEFAULT 5 NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cloned_from_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_domain" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"code" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"focus_problems" text,
	"is_local" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_domain_unit" (
	"domain_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "campaign_domain_unit_domain_id_unit_id_pk" PRIMARY KEY("domain_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_phase" (
	"campaign_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	CONSTRAINT "campaign_phase_campaign_id_phase_pk" PRIMARY KEY("campaign_id","phase")
);
--> statement-breakpoint
CREATE TABLE "duty_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"parent_item_id" uuid,
	"published_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_item_version" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"legal_basis" text,
	"implementing_body" text,
	"handling_office" text,
	"responsibilities" text,
	"accountability_conditions" text,
	"accountability_basis" text,
	"remarks" text,
	"return_reason" text,
	"created_by" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "key_task" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"domain_id" uuid,
	"unit_id" uuid NOT NULL,
	"parent_id" uuid,
	"title" text NOT NULL,
	"target" text NOT NULL,
	"due_date" date NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"completed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "key_task_person" (
	"task_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "key_task_person_task_id_person_id_pk" PRIMARY KEY("task_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "key_task_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"percent" integer NOT NULL,
	"note" text NOT NULL,
	"reported_by" uuid,
	"reported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestion" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tracking_code" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"domain_id" uuid,
	"channel" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"submitter_name_enc" text,
	"submitter_contact_enc" text,
	"submitted_by" uuid,
	"status" text DEFAULT 'received' NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"is_public" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_day" (
	"day" date PRIMARY KEY NOT NULL,
	"is_working_day" boolean NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_year" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "file_blob" (
	"file_id" uuid PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stored_file" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"owner_type" text,
	"owner_id" uuid,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sm3" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_domain" ADD CONSTRAINT "campaign_domain_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_domain_unit" ADD CONSTRAINT "campaign_domain_unit_domain_id_campaign_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."campaign_domain"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_domain_unit" ADD CONSTRAINT "campaign_domain_unit_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_phase" ADD CONSTRAINT "campaign_phase_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_item" ADD CONSTRAINT "duty_item_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_item" ADD CONSTRAINT "duty_item_parent_item_id_duty_item_id_fk" FOREIGN KEY ("parent_item_id") REFERENCES "public"."duty_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_item_version" ADD CONSTRAINT "duty_item_version_item_id_duty_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."duty_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_item_version" ADD CONSTRAINT "duty_item_version_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_item_version" ADD CONSTRAINT "duty_item_version_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_item_version" ADD CONSTRAINT "duty_item_version_submitted_by_user_account_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_item_version" ADD CONSTRAINT "duty_item_version_reviewed_by_user_account_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_task" ADD CONSTRAINT "key_task_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_task" ADD CONSTRAINT "key_task_domain_id_campaign_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."campaign_domain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_task" ADD CONSTRAINT "key_task_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_task" ADD CONSTRAINT "key_task_parent_id_key_task_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."key_task"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_task" ADD CONSTRAINT "key_task_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_task_person" ADD CONSTRAINT "key_task_person_task_id_key_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."key_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_task_person" ADD CONSTRAINT "key_task_person_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_task_progress" ADD CONSTRAINT "key_task_progress_task_id_key_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."key_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_task_progress" ADD CONSTRAINT "key_task_progress_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_task_progress" ADD CONSTRAINT "key_task_progress_reported_by_user_account_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion" ADD CONSTRAINT "suggestion_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion" ADD CONSTRAINT "suggestion_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion" ADD CONSTRAINT "suggestion_domain_id_campaign_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."campaign_domain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion" ADD CONSTRAINT "suggestion_submitted_by_user_account_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion" ADD CONSTRAINT "suggestion_answered_by_user_account_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_blob" ADD CONSTRAINT "file_blob_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_unit_idx" ON "campaign" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_one_active_uq" ON "campaign" USING btree ("unit_id") WHERE "campaign"."status" = 'active';--> statement-breakpoint
CREATE INDEX "campaign_domain_campaign_idx" ON "campaign_domain" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaign_domain_unit_unit_idx" ON "campaign_domain_unit" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_item_code_uq" ON "duty_item" USING btree ("unit_id","kind","code");--> statement-breakpoint
CREATE INDEX "duty_item_unit_idx" ON "duty_item" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_item_version_uq" ON "duty_item_version" USING btree ("item_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_item_version_open_uq" ON "duty_item_version" USING btree ("item_id") WHERE "duty_item_version"."status" in ('draft', 'submitted', 'returned');--> statement-breakpoint
CREATE INDEX "duty_item_version_unit_status_idx" ON "duty_item_version" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "key_task_unit_idx" ON "key_task" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "key_task_campaign_idx" ON "key_task" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "key_task_parent_idx" ON "key_task" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "key_task_progress_task_idx" ON "key_task_progress" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestion_tracking_code_uq" ON "suggestion" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "suggestion_unit_status_idx" ON "suggestion" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "suggestion_public_idx" ON "suggestion" USING btree ("is_public","published_at");--> statement-breakpoint
CREATE INDEX "stored_file_owner_idx" ON "stored_file" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "stored_file_unit_idx" ON "stored_file" USING btree ("unit_id");