import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Locale } from '@zeren/contracts';
import { App as AntApp, ConfigProvider, type ConfigProviderProps } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import { type ReactNode, useEffect } from 'react';
import { useLocale, useT } from '../i18n/use-t';

const antdLocales: Record<Locale, ConfigProviderProps['locale']> = { 'zh-CN': antdZhCN, 'en-US': antdEnUS };

// Greys, links and the error red darkened from antd's defaults to reach WCAG AA contrast (4.5:1).
const theme = {
  token: {
    colorPrimary: '#b91c1c',
    borderRadius: 6,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorLink: '#0958d9',
    colorError: '#cf1322',
  },
};

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const locale = useLocale();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.app.title;
  }, [locale, t]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocales[locale]} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
