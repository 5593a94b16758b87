CREATE TABLE "ballot" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"group" text NOT NULL,
	"channel" text NOT NULL,
	"voter_key" text NOT NULL,
	"answers" jsonb NOT NULL,
	"score" double precision,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"review" text,
	"review_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"network_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ballot_code" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"phone_key" text NOT NULL,
	"code_digest" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_result" (
	"round_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"category" text NOT NULL,
	"score" double precision,
	"rank" integer,
	"ranked_of" integer NOT NULL,
	"detail" jsonb NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluation_result_round_id_target_id_pk" PRIMARY KEY("round_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_round" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"scale" text NOT NULL,
	"level_scores" jsonb NOT NULL,
	"trim_extremes" boolean NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"categories" jsonb NOT NULL,
	"groups" jsonb NOT NULL,
	"indicators" jsonb NOT NULL,
	"mutual_pairs" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation_target" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"category" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_token" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"group" text NOT NULL,
	"label" text NOT NULL,
	"digest" text NOT NULL,
	"sealed" text NOT NULL,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exemplar" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"nominee_unit_id" uuid,
	"nominee_person_id" uuid,
	"nominee_name" text NOT NULL,
	"title" text NOT NULL,
	"citation" text NOT NULL,
	"status" text NOT NULL,
	"review_note" text,
	"author_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reviewed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "ballot" ADD CONSTRAINT "ballot_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot" ADD CONSTRAINT "ballot_target_id_evaluation_target_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."evaluation_target"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot" ADD CONSTRAINT "ballot_reviewed_by_user_account_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_code" ADD CONSTRAINT "ballot_code_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_result" ADD CONSTRAINT "evaluation_result_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_result" ADD CONSTRAINT "evaluation_result_target_id_evaluation_target_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."evaluation_target"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_result" ADD CONSTRAINT "evaluation_result_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_approved_by_user_account_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_target" ADD CONSTRAINT "evaluation_target_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_target" ADD CONSTRAINT "evaluation_target_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_token" ADD CONSTRAINT "evaluation_token_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_token" ADD CONSTRAINT "evaluation_token_account_id_user_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplar" ADD CONSTRAINT "exemplar_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplar" ADD CONSTRAINT "exemplar_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplar" ADD CONSTRAINT "exemplar_nominee_unit_id_unit_id_fk" FOREIGN KEY ("nominee_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplar" ADD CONSTRAINT "exemplar_nominee_person_id_person_id_fk" FOREIGN KEY ("nominee_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplar" ADD CONSTRAINT "exemplar_reviewed_by_user_account_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ballot_target_voter_idx" ON "ballot" USING btree ("target_id","voter_key");--> statement-breakpoint
CREATE INDEX "ballot_round_review_idx" ON "ballot" USING btree ("round_id","review","id");--> statement-breakpoint
CREATE INDEX "ballot_target_time_idx" ON "ballot" USING btree ("target_id","channel","created_at");--> statement-breakpoint
CREATE INDEX "ballot_round_network_idx" ON "ballot" USING btree ("round_id","network_key","created_at");--> statement-breakpoint
CREATE INDEX "ballot_code_round_phone_idx" ON "ballot_code" USING btree ("round_id","phone_key","created_at");--> statement-breakpoint
CREATE INDEX "evaluation_result_unit_idx" ON "evaluation_result" USING btree ("unit_id","approved_at");--> statement-breakpoint
CREATE INDEX "evaluation_round_unit_idx" ON "evaluation_round" USING btree ("unit_id","id");--> statement-breakpoint
CREATE INDEX "evaluation_round_status_idx" ON "evaluation_round" USING btree ("status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_target_round_unit_idx" ON "evaluation_target" USING btree ("round_id","unit_id");--> statement-breakpoint
CREATE INDEX "evaluation_target_unit_idx" ON "evaluation_target" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_token_digest_idx" ON "evaluation_token" USING btree ("digest");--> statement-breakpoint
CREATE INDEX "evaluation_token_round_idx" ON "evaluation_token" USING btree ("round_id","id");--> statement-breakpoint
CREATE INDEX "evaluation_token_account_idx" ON "evaluation_token" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "exemplar_unit_idx" ON "exemplar" USING btree ("unit_id","id");--> statement-breakpoint
CREATE INDEX "exemplar_status_idx" ON "exemplar" USING btree ("status","id");