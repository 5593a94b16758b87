-- The staff search's character pairs (docs/design/search.md), the same pairs computed a ninth of
-- the time: the text is split at whitespace once and each word's pairs taken, instead of testing
-- every pair of the whole text against a whitespace pattern (0.27 ms a lead, most of a lead's
-- insert). The pairs are the same for every text (server/test/search.test.ts compares both), so
-- the stored columns and their indexes stay as they are.
CREATE OR REPLACE FUNCTION zeren_search_bigrams(doc text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_to_tsvector(array(
    SELECT substr(w, i, 2)
    FROM regexp_split_to_table(lower(doc), '[[:space:]]+') AS w, generate_series(1, length(w) - 1) AS i))
$$;
