import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useLocale, useT } from '../i18n/use-t';

/** What every page has: the query cache, and the document's language and title kept current. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const locale = useLocale();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.app.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', t.app.description);
  }, [locale, t]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
