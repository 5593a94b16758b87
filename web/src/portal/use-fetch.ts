import { useCallback, useEffect, useState } from 'react';
import { api, PortalApiError, type Query } from './api';
import { useI18n } from './i18n';

export interface FetchState<T> {
  data: T | undefined;
  error: PortalApiError | undefined;
  loading: boolean;
  reload(): void;
}

/** GETs a portal resource; refetches when the path, query or language changes. `null` fetches nothing. */
export function useFetch<T>(path: string | null, query?: Query): FetchState<T> {
  const { locale } = useI18n();
  const [state, setState] = useState<{ data?: T; error?: PortalApiError; loading: boolean }>({
    loading: path !== null,
  });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([path, query ?? {}, locale, attempt]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` covers path, query, locale and retries.
  useEffect(() => {
    if (path === null) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    api<T>(path, { query: query ?? {}, signal: controller.signal }).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          error:
            error instanceof PortalApiError
              ? error
              : new PortalApiError({
                  type: 'about:blank',
                  title: String(error),
                  status: 0,
                  code: 'INTERNAL',
                }),
          loading: false,
        });
      },
    );
    return () => controller.abort();
  }, [key]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
