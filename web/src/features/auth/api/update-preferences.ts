import { useQueryClient } from '@tanstack/react-query';
import type { Locale, Me } from '@zeren/contracts';
import { useCallback } from 'react';
import { setLocale } from '../../../i18n/locale-store';
import { call } from '../../../lib/api';
import { meQueryKey } from '../../../lib/get-me';

export function updatePreferences(input: { locale: Locale }): Promise<Me> {
  return call('updatePreferences', { body: input });
}

/**
 * Switches the interface language at once; when signed in, also saves it on the
 * account so the next session (and server-sent messages) use it.
 */
export function useChangeLocale(): (locale: Locale) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (locale: Locale) => {
      setLocale(locale);
      const me = queryClient.getQueryData<Me | null>(meQueryKey);
      if (me && me.user.locale !== locale) {
        try {
          queryClient.setQueryData(meQueryKey, await updatePreferences({ locale }));
        } catch {
          // The local choice still applies; the account keeps its previous preference.
        }
      }
      // Server messages and labels come back in the new language.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    },
    [queryClient],
  );
}
