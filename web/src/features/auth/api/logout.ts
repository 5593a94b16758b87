import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { meQueryKey } from '../../../lib/get-me';

export function logout(): Promise<{ ok: true }> {
  return call('logout', { redirectOn401: false });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Forget everything the previous user could see, whether or not the server answered.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
