CREATE SEQUENCE "public"."lead_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "accountability_case" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"disposal" text NOT NULL,
	"status" text NOT NULL,
	"handler_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"interviews" text,
	"findings" text,
	"conclusion" text,
	"proposal" text,
	"proposed_by" uuid,
	"decided_on" date,
	"approved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accountability_settings" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"deadlines" jsonb NOT NULL,
	"lead_unit_id" uuid,
	"dual_inquiry_overdue_working_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_requirement" (
	"case_id" uuid NOT NULL,
	"requirement" text NOT NULL,
	"confirmed" boolean NOT NULL,
	"note" text,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "case_requirement_case_id_requirement_pk" PRIMARY KEY("case_id","requirement")
);
--> statement-breakpoint
CREATE TABLE "determination" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"liability" text NOT NULL,
	"conducts" text[] DEFAULT '{}'::text[] NOT NULL,
	"domain_id" uuid,
	"measures" text[] DEFAULT '{}'::text[] NOT NULL,
	"form" integer,
	"note" text,
	"exemption" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exemption_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"determination_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"ground" text NOT NULL,
	"statement" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"opinion" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_ref" text,
	"source_record_type" text,
	"source_record_id" uuid,
	"summary" text NOT NULL,
	"details" text NOT NULL,
	"concerned_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"concerned_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"domain_id" uuid,
	"conduct" text,
	"received_on" date NOT NULL,
	"due_date" date NOT NULL,
	"status" text NOT NULL,
	"disposal" text,
	"merged_into_id" uuid,
	"forwarded_to" text,
	"case_id" uuid,
	"anonymous" boolean,
	"parent_case_id" uuid,
	"inquiry_kind" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_message" (
	"id" uuid PRIMARY KEY NOT NULL,
	"lead_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"body" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_report" (
	"lead_id" uuid PRIMARY KEY NOT NULL,
	"lookup_key" text NOT NULL,
	"code_hash" text NOT NULL,
	"named" boolean NOT NULL,
	"reporter_name_enc" text,
	"reporter_contact_enc" text,
	"revealed_at" timestamp with time zone,
	"satisfaction" text,
	"appealed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sanction" (
	"id" uuid PRIMARY KEY NOT NULL,
	"determination_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"months" integer,
	"decided_on" date,
	"lapses_on" date,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accountability_case" ADD CONSTRAINT "accountability_case_lead_id_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."lead"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_case" ADD CONSTRAINT "accountability_case_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_case" ADD CONSTRAINT "accountability_case_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_case" ADD CONSTRAINT "accountability_case_handler_id_user_account_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_case" ADD CONSTRAINT "accountability_case_proposed_by_user_account_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_case" ADD CONSTRAINT "accountability_case_approved_by_user_account_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_settings" ADD CONSTRAINT "accountability_settings_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_settings" ADD CONSTRAINT "accountability_settings_lead_unit_id_unit_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_requirement" ADD CONSTRAINT "case_requirement_case_id_accountability_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."accountability_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_requirement" ADD CONSTRAINT "case_requirement_confirmed_by_user_account_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "determination" ADD CONSTRAINT "determination_case_id_accountability_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."accountability_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "determination" ADD CONSTRAINT "determination_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "determination" ADD CONSTRAINT "determination_domain_id_campaign_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."campaign_domain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_request" ADD CONSTRAINT "exemption_request_determination_id_determination_id_fk" FOREIGN KEY ("determination_id") REFERENCES "public"."determination"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_request" ADD CONSTRAINT "exemption_request_case_id_accountability_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."accountability_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_request" ADD CONSTRAINT "exemption_request_requested_by_user_account_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_request" ADD CONSTRAINT "exemption_request_decided_by_user_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_domain_id_campaign_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."campaign_domain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_message" ADD CONSTRAINT "lead_message_lead_id_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."lead"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_message" ADD CONSTRAINT "lead_message_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_report" ADD CONSTRAINT "public_report_lead_id_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."lead"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction" ADD CONSTRAINT "sanction_determination_id_determination_id_fk" FOREIGN KEY ("determination_id") REFERENCES "public"."determination"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accountability_case_lead_uq" ON "accountability_case" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "accountability_case_unit_due_idx" ON "accountability_case" USING btree ("unit_id","due_date","id");--> statement-breakpoint
CREATE INDEX "accountability_case_due_idx" ON "accountability_case" USING btree ("due_date","id");--> statement-breakpoint
CREATE INDEX "accountability_case_status_idx" ON "accountability_case" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "determination_case_person_uq" ON "determination" USING btree ("case_id","person_id");--> statement-breakpoint
CREATE INDEX "determination_person_idx" ON "determination" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "exemption_request_determination_idx" ON "exemption_request" USING btree ("determination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lead_code_uq" ON "lead" USING btree ("code");--> statement-breakpoint
CREATE INDEX "lead_unit_id_idx" ON "lead" USING btree ("unit_id","id");--> statement-breakpoint
CREATE INDEX "lead_status_due_idx" ON "lead" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "lead_campaign_idx" ON "lead" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "lead_concerned_units_idx" ON "lead" USING gin ("concerned_unit_ids");--> statement-breakpoint
CREATE INDEX "lead_concerned_persons_idx" ON "lead" USING gin ("concerned_person_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "lead_source_record_uq" ON "lead" USING btree ("source_record_type","source_record_id") WHERE "lead"."source_record_id" is not null;--> statement-breakpoint
CREATE INDEX "lead_parent_case_idx" ON "lead" USING btree ("parent_case_id");--> statement-breakpoint
CREATE INDEX "lead_message_lead_idx" ON "lead_message" USING btree ("lead_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "public_report_lookup_uq" ON "public_report" USING btree ("lookup_key");--> statement-breakpoint
CREATE INDEX "sanction_determination_idx" ON "sanction" USING btree ("determination_id");--> statement-breakpoint
CREATE INDEX "sanction_lapse_idx" ON "sanction" USING btree ("status","lapses_on");