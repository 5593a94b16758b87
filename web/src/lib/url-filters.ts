import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** Reads one filter from its search parameter: the value, or undefined when it is not acceptable. */
export type FilterParser<T> = (raw: string) => T | undefined;

type Parsers = Record<string, FilterParser<unknown>>;

/** The filters a page's parsers read: each optional. */
export type UrlFilters<P extends Parsers> = {
  [K in keyof P]?: (P[K] extends FilterParser<infer T> ? T : never) | undefined;
};

/** Any non-blank text. */
export const textFilter: FilterParser<string> = (raw) => raw.trim() || undefined;

/** One of a vocabulary's values (a status, a category). */
export const oneOfFilter =
  <const T extends string>(values: readonly T[]): FilterParser<T> =>
  (raw) =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

/** A day as `YYYY-MM-DD`. */
export const dateFilter: FilterParser<string> = (raw) => (/^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined);

/** A flag: present as `true`. */
export const flagFilter: FilterParser<'true'> = (raw) => (raw === 'true' ? 'true' : undefined);

/**
 * A list page's filters kept in its address (`?status=overdue&unitId=…`): a link — from the
 * workbench, the audit log, a colleague — opens the list filtered, and reloading keeps the
 * filters. Parameters the parsers do not name (`open`, a tab) are left as they are; values a
 * parser does not accept are ignored.
 */
export function useUrlFilters<P extends Parsers>(parsers: P): [UrlFilters<P>, (next: UrlFilters<P>) => void] {
  const [params, setParams] = useSearchParams();
  const key = Object.keys(parsers)
    .map((name) => `${name}=${params.get(name) ?? ''}`)
    .join('&');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the parameters read.
  const filters = useMemo(() => {
    const out: Record<string, unknown> = {};
    for (const [name, parse] of Object.entries(parsers)) {
      const raw = params.get(name);
      const value = raw === null ? undefined : parse(raw);
      if (value !== undefined) out[name] = value;
    }
    return out as UrlFilters<P>;
  }, [key]);
  const setFilters = useCallback(
    (next: UrlFilters<P>) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          for (const name of Object.keys(parsers)) {
            const value = (next as Record<string, unknown>)[name];
            if (value === undefined || value === null || value === '') updated.delete(name);
            else updated.set(name, String(value));
          }
          return updated;
        },
        { replace: true },
      ),
    [parsers, setParams],
  );
  return [filters, setFilters];
}
