import type { Locale } from '@zeren/contracts';
import { useSyncExternalStore } from 'react';
import { catalogs, type Messages } from './catalogs';
import { getLocale, subscribeLocale } from './locale-store';

export function useLocale(): Locale {
  return useSyncExternalStore(subscribeLocale, getLocale, getLocale);
}

/** The message catalogue of the current locale: `t.auth.signIn`. */
export function useT(): Messages {
  return catalogs[useLocale()];
}
