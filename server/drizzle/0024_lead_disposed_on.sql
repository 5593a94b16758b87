ALTER TABLE "lead" ADD COLUMN "disposed_on" date;--> statement-breakpoint
-- Leads disposed of before the column existed: the day of their last change (Beijing time), the nearest record kept.
UPDATE "lead" SET "disposed_on" = ("updated_at" AT TIME ZONE 'Asia/Shanghai')::date WHERE "status" NOT IN ('received', 'accepted');
