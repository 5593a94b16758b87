import type { Locale } from '@zeren/contracts';

/**
 * The contracts' LOCALES, spelled here so the entry does not load the contracts (and zod) for
 * them; the record type below fails to compile if the two lists part.
 */
const KNOWN: Record<Locale, true> = { 'zh-CN': true, 'en-US': true };

const STORAGE_KEY = 'zeren.locale';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

type Listener = () => void;
const listeners = new Set<Listener>();

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(KNOWN, value);
}

/** The locale the user chose explicitly on this browser, if any. */
export function readStoredLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

let current: Locale = readStoredLocale() ?? DEFAULT_LOCALE;

/** The current locale, read by the API client for `Accept-Language`. */
export function getLocale(): Locale {
  return current;
}

/** Switches the locale, remembers it on this browser and notifies subscribers. */
export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

export function subscribeLocale(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
