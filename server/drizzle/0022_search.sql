-- Staff search (docs/design/search.md): a text's overlapping character pairs as a tsvector, the
-- expression of each searchable table's GIN index. Lower-cased; pairs across whitespace left out.
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
CREATE INDEX "lead_search_idx" ON "lead" USING gin (zeren_search_bigrams(coalesce("summary", '') || ' ' || coalesce("code", '') || ' ' || coalesce("details", '')));--> statement-breakpoint
CREATE INDEX "key_task_search_idx" ON "key_task" USING gin (zeren_search_bigrams(coalesce("title", '') || ' ' || coalesce("target", '')));--> statement-breakpoint
CREATE INDEX "notice_search_idx" ON "notice" USING gin (zeren_search_bigrams(coalesce("title", '') || ' ' || coalesce("document_number", '') || ' ' || coalesce("recipients", '') || ' ' || coalesce("issuer", '')));--> statement-breakpoint
CREATE INDEX "rectification_item_search_idx" ON "rectification_item" USING gin (zeren_search_bigrams(coalesce("problem", '') || ' ' || coalesce("source_label", '') || ' ' || coalesce("measures", '') || ' ' || coalesce("completion", '')));--> statement-breakpoint
CREATE INDEX "suggestion_search_idx" ON "suggestion" USING gin (zeren_search_bigrams(coalesce("title", '') || ' ' || coalesce("content", '') || ' ' || coalesce("answer", '')));--> statement-breakpoint
CREATE INDEX "supervision_item_search_idx" ON "supervision_item" USING gin (zeren_search_bigrams(coalesce("title", '') || ' ' || coalesce("code", '') || ' ' || coalesce("task", '') || ' ' || coalesce("instruction", '')));