DROP INDEX "ballot_target_time_idx";--> statement-breakpoint
CREATE INDEX "ballot_target_time_idx" ON "ballot" USING btree ("target_id","channel","created_at","id");