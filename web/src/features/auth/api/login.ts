import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@zeren/contracts';
import { readStoredLocale, setLocale } from '../../../i18n/locale-store';
import { call } from '../../../lib/api';
import { meQueryKey } from '../../../lib/get-me';
import { updatePreferences } from './update-preferences';

export interface LoginInput {
  username: string;
  password: string;
}

export function login(input: LoginInput): Promise<Me> {
  return call('login', { body: input, redirectOn401: false });
}

/** A language picked on this browser wins and is saved; otherwise the account's preference applies. */
async function reconcileLocale(me: Me): Promise<Me> {
  const chosen = readStoredLocale();
  if (!chosen) {
    setLocale(me.user.locale);
    return me;
  }
  if (chosen === me.user.locale) return me;
  try {
    return await updatePreferences({ locale: chosen });
  } catch {
    return me;
  }
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput) => reconcileLocale(await login(input)),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}

export interface ChangePasswordInput {
  username: string;
  currentPassword: string;
  newPassword: string;
}

/** Changes the password with the current one (required when an administrator set it) and signs in. */
export function changePassword(input: ChangePasswordInput): Promise<Me> {
  return call('changePassword', { body: input, redirectOn401: false });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ChangePasswordInput) => reconcileLocale(await changePassword(input)),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
