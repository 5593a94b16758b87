-- Staff search of accountability cases and power items (docs/design/search.md), as 0022 for the
-- first six types: a generated column of the searched text's character pairs and a GIN index.
-- A case's text: its number, the findings, the interviews and the proposal.
ALTER TABLE "accountability_case" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (zeren_search_bigrams(coalesce("code", '') || ' ' || coalesce("findings", '') || ' ' || coalesce("interviews", '') || ' ' || coalesce("proposal", ''))) STORED;--> statement-breakpoint
CREATE INDEX "accountability_case_search_idx" ON "accountability_case" USING gin ("search_vector");--> statement-breakpoint
-- A power item's text lives in its versions (one row each): every version keeps its pairs, and the
-- search reads only each item's latest (server/src/modules/duties/duties.repository.ts).
ALTER TABLE "duty_item_version" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (zeren_search_bigrams(coalesce("name", '') || ' ' || coalesce("responsibilities", '') || ' ' || coalesce("legal_basis", '') || ' ' || coalesce("implementing_body", '') || ' ' || coalesce("handling_office", '') || ' ' || coalesce("accountability_conditions", '') || ' ' || coalesce("accountability_basis", '') || ' ' || coalesce("remarks", ''))) STORED;--> statement-breakpoint
CREATE INDEX "duty_item_version_search_idx" ON "duty_item_version" USING gin ("search_vector");
