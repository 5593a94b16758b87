-- Staff search (docs/design/search.md): a text's overlapping character pairs as a tsvector, the
-- function of each searchable table's generated column `search_vector`. Lower-cased; pairs across
-- whitespace left out.
CREATE OR REPLACE FUNCTION zeren_search_bigrams(doc text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_to_tsvector(array(
    SELECT DISTINCT substr(d, i, 2)
    FROM (SELECT lower(doc) AS d) s, generate_series(1, length(d) - 1) AS i
    WHERE substr(d, i, 2) !~ '[[:space:]]'))
$$;--> statement-breakpoint
-- A query's pairs, all required: the tsvector's text form (quoted lexemes separated by single
-- spaces, which a two-character lexeme without whitespace never holds) joined with '&'.
CREATE OR REPLACE FUNCTION zeren_search_query(q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT replace(zeren_search_bigrams(q)::text, ''' ''', ''' & ''')::tsquery
$$;--> statement-breakpoint
-- Each searchable table keeps its pairs in a generated column, maintained by PostgreSQL on every
-- write, with a GIN index. Stored, because computing the pairs costs about a page read: a query's
-- filter must read them, not compute them row by row. The column is not in the drizzle schema:
-- no repository reads it; the search sources name it (server/src/platform/search/search.ts), and
-- its columns are the source's `title` and `body` (server/test/search.test.ts checks).

ALTER TABLE "lead" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (zeren_search_bigrams(coalesce("summary", '') || ' ' || coalesce("code", '') || ' ' || coalesce("details", ''))) STORED;--> statement-breakpoint
CREATE INDEX "lead_search_idx" ON "lead" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "supervision_item" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (zeren_search_bigrams(coalesce("title", '') || ' ' || coalesce("code", '') || ' ' || coalesce("task", '') || ' ' || coalesce("instruction", ''))) STORED;--> statement-breakpoint
CREATE INDEX "supervision_item_search_idx" ON "supervision_item" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "rectification_item" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (zeren_search_bigrams(coalesce("problem", '') || ' ' || coalesce("source_label", '') || ' ' || coalesce("measures", '') || ' ' || coalesce("completion", ''))) STORED;--> statement-breakpoint
CREATE INDEX "rectification_item_search_idx" ON "rectification_item" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "key_task" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (zeren_search_bigrams(coalesce("title", '') || ' ' || coalesce("target", ''))) STORED;--> statement-breakpoint
CREATE INDEX "key_task_search_idx" ON "key_task" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "suggestion" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (zeren_search_bigrams(coalesce("title", '') || ' ' || coalesce("content", '') || ' ' || coalesce("answer", ''))) STORED;--> statement-breakpoint
CREATE INDEX "suggestion_search_idx" ON "suggestion" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "notice" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (zeren_search_bigrams(coalesce("title", '') || ' ' || coalesce("document_number", '') || ' ' || coalesce("recipients", '') || ' ' || coalesce("issuer", ''))) STORED;--> statement-breakpoint
CREATE INDEX "notice_search_idx" ON "notice" USING gin ("search_vector");
