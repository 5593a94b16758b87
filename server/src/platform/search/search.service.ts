import type { SearchQuery } from '@zeren/contracts';
import { inTransaction, requireActor, type ServiceContext } from '../context';
import { Scope } from '../scope';
import {
  countSources,
  DENSE_MATCHES,
  decodeSearchCursor,
  encodeSearchCursor,
  SEARCH_COUNT_CAP,
  type SearchPage,
  type SearchRow,
  searchSource,
  searchSourcesFor,
  searchTerms,
  toResult,
  withUnitNames,
} from './search';

/**
 * Staff search: asks every source whose read permission the caller holds, each within the
 * caller's scope of that permission, for its newest matches after the cursor; merges them newest
 * first (UUIDv7 ids) and keeps one page. The search is a view of protected data, so it is audited
 * — the query, the filters and the count, never the results — in the same transaction.
 */
export async function search(ctx: ServiceContext, query: SearchQuery): Promise<SearchPage> {
  const actor = requireActor(ctx);
  const before = decodeSearchCursor(query.after);
  const terms = searchTerms(query.q);
  const sources = searchSourcesFor(actor.permissions, query.type);
  return inTransaction(ctx, async (tx) => {
    const found: Omit<SearchRow, 'unitName'>[] = [];
    let counted = 0;
    let exact = true;
    // One query at a time: a transaction's connection takes one (db/client.ts inSequence). The
    // scopes' units are read first (their ids plan better than a subquery of the tree), then
    // every source's count in one statement: it tells each page query how to read (DENSE_MATCHES).
    const scopes = await Scope.resolveAll(
      tx.tx,
      sources.map((source) => Scope.of(actor, source.permission)),
    );
    const asked = sources.map((source, i) => ({ source, scope: scopes[i]! }));
    const counts = await countSources(tx.tx, asked, query);
    for (const [i, { source, scope }] of asked.entries()) {
      const n = counts[i]!;
      counted += Math.min(n, SEARCH_COUNT_CAP);
      if (n > SEARCH_COUNT_CAP) exact = false;
      if (n === 0) continue;
      found.push(
        ...(await searchSource(tx.tx, source, scope, query, before, query.limit + 1, n > DENSE_MATCHES)),
      );
    }
    found.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    const shown = await withUnitNames(tx.tx, found.slice(0, query.limit));
    const last = shown[shown.length - 1];
    const { q, limit: _limit, after: _after, ...filters } = query;
    await tx.audit({
      action: 'search.performed',
      recordType: 'search',
      after: {
        q,
        filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<
          string,
          string
        >,
        count: counted,
        countExact: exact,
      },
    });
    return {
      items: shown.map((row) => toResult(row, terms)),
      nextCursor: found.length > query.limit && last ? encodeSearchCursor(last.id) : null,
      total: counted,
      totalExact: exact,
    };
  });
}
