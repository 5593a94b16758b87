import type { PublicCampaign } from '@zeren/contracts';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { api, PortalApiError, type Query } from './api';
import { currentLocale, useI18n } from './i18n';

export interface FetchState<T> {
  data: T | undefined;
  error: PortalApiError | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Resources several parts of a page read (the campaign: the footer, the overview, the form):
 * one request per language for the visit, its answer kept, so a page shows it at once.
 */
const requests = new Map<string, Promise<unknown>>();
const answers = new Map<string, unknown>();
const sharedKey = (path: string, query: Query | undefined, locale: string) =>
  JSON.stringify([path, query ?? {}, locale]);

function sharedGet<T>(path: string, query: Query | undefined, locale: string): Promise<T> {
  const key = sharedKey(path, query, locale);
  let request = requests.get(key);
  if (!request) {
    request = api<T>(path, { query: query ?? {} }).then(
      (data) => {
        answers.set(key, data);
        return data;
      },
      (error: unknown) => {
        requests.delete(key);
        throw error;
      },
    );
    requests.set(key, request);
  }
  return request as Promise<T>;
}

/** Starts loading the campaign before the page renders (the entry calls it). */
export function prefetchCampaign(): void {
  sharedGet<PublicCampaign>('/campaign', undefined, currentLocale()).catch(() => {
    // The components that need it ask again and show the error.
  });
}

const toError = (error: unknown) =>
  error instanceof PortalApiError
    ? error
    : new PortalApiError({ type: 'about:blank', title: String(error), status: 0, code: 'INTERNAL' });

/**
 * GETs a portal resource; refetches when the path, query or language changes. `null` fetches
 * nothing. `shared`: one request for every component asking (see above).
 */
export function useFetch<T>(
  path: string | null,
  query?: Query,
  options: { shared?: boolean } = {},
): FetchState<T> {
  const { locale } = useI18n();
  const shared = options.shared === true && path !== null;
  const [state, setState] = useState<{ data?: T; error?: PortalApiError; loading: boolean }>(() => {
    const known =
      shared && path !== null ? (answers.get(sharedKey(path, query, locale)) as T | undefined) : undefined;
    return known === undefined ? { loading: path !== null } : { data: known, loading: false };
  });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([path, query ?? {}, locale, attempt]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` covers path, query, locale and retries.
  useEffect(() => {
    if (path === null) {
      setState({ loading: false });
      return;
    }
    let live = true;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    const request = shared
      ? sharedGet<T>(path, query, locale)
      : api<T>(path, { query: query ?? {}, signal: controller.signal });
    request.then(
      (data) => {
        // The page the data makes is rendered in slices, as the first render is (main.tsx).
        if (live) startTransition(() => setState({ data, loading: false }));
      },
      (error: unknown) => {
        if (live && !controller.signal.aborted) setState({ error: toError(error), loading: false });
      },
    );
    return () => {
      live = false;
      controller.abort();
    };
  }, [key]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** The campaign the portal is about (GET /api/portal/campaign), shared by the page's parts. */
export function useCampaign(): FetchState<PublicCampaign> {
  return useFetch<PublicCampaign>('/campaign', undefined, { shared: true });
}

/**
 * The units a citizen would name (the suggestion and report forms): units with published lists
 * and the domains' lead units, by name.
 */
export function usePortalUnits(): { id: string; name: string }[] {
  const campaign = useCampaign();
  const units = useFetch<{ items: { id: string; name: string }[] }>('/units');
  return useMemo(() => {
    const all = new Map<string, string>();
    for (const u of units.data?.items ?? []) all.set(u.id, u.name);
    for (const d of campaign.data?.domains ?? []) for (const u of d.leadUnits) all.set(u.id, u.name);
    return [...all].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [units.data, campaign.data]);
}
