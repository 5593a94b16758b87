CREATE TABLE "notice" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"visibility" text NOT NULL,
	"status" text NOT NULL,
	"issuer" text NOT NULL,
	"document_number" text,
	"document_year" integer,
	"document_seq" integer,
	"title" text NOT NULL,
	"recipients" text NOT NULL,
	"body" jsonb NOT NULL,
	"signature" text NOT NULL,
	"date" date,
	"cc" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_kind" text,
	"source_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_labels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"author_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"return_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"issued_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notice_number" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "notice_number_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "notice_prefix" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"prefix" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notice" ADD CONSTRAINT "notice_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice" ADD CONSTRAINT "notice_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice" ADD CONSTRAINT "notice_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice" ADD CONSTRAINT "notice_approved_by_user_account_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_number" ADD CONSTRAINT "notice_number_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_prefix" ADD CONSTRAINT "notice_prefix_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notice_document_number_uq" ON "notice" USING btree ("document_number");--> statement-breakpoint
CREATE UNIQUE INDEX "notice_unit_number_uq" ON "notice" USING btree ("unit_id","document_year","document_seq");--> statement-breakpoint
CREATE INDEX "notice_unit_id_idx" ON "notice" USING btree ("unit_id","id");--> statement-breakpoint
CREATE INDEX "notice_status_idx" ON "notice" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "notice_public_idx" ON "notice" USING btree ("visibility","status","issued_at");