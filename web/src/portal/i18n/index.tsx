import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { enUS } from './en-US';
import { type MessageKey, type Messages, zhCN } from './zh-CN';

export type PortalLocale = 'zh-CN' | 'en-US';
export const catalogues: Record<PortalLocale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

const STORAGE_KEY = 'zeren.portal.locale';
let current: PortalLocale = initialLocale();

function initialLocale(): PortalLocale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'zh-CN' || saved === 'en-US') return saved;
  } catch {
    // Storage may be blocked; zh-CN it is.
  }
  return 'zh-CN';
}

/** The language of API calls (Accept-Language), readable outside React. */
export function currentLocale(): PortalLocale {
  return current;
}

/** Fills {placeholders} of a message. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  locale: PortalLocale;
  t: Translate;
  setLocale(locale: PortalLocale): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<PortalLocale>(current);
  const setLocale = useCallback((next: PortalLocale) => {
    current = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered; the switch still works for this visit.
    }
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, params) => format(catalogues[locale][key], params) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
