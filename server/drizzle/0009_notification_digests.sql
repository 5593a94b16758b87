CREATE TABLE "notification_digest" (
	"channel" text NOT NULL,
	"target_id" uuid NOT NULL,
	"day" date NOT NULL,
	"status" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "notification_digest_channel_target_id_day_pk" PRIMARY KEY("channel","target_id","day")
);
--> statement-breakpoint
CREATE TABLE "notification_webhook" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"url_enc" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_webhook" ADD CONSTRAINT "notification_webhook_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_webhook" ADD CONSTRAINT "notification_webhook_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE set null ON UPDATE no action;