import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RoleGrant, RoleGrantAction } from '@zeren/contracts';
import { call, callItems } from '../../../lib/api';
import { orgKeys } from '../../org/api/query-keys';
import { securityKeys } from './query-keys';

export type { RoleGrant };

/** Grants waiting for the security administrator, newest first. */
export function listPendingRoleGrants(): Promise<RoleGrant[]> {
  return callItems('listRoleGrants', { query: { status: 'pending' } });
}

export function usePendingRoleGrants() {
  return useQuery({ queryKey: securityKeys.roleGrants, queryFn: listPendingRoleGrants });
}

/** Approves (the role takes effect) or refuses (with a reason) one grant. */
export function decideRoleGrant(input: {
  id: string;
  action: RoleGrantAction;
  text?: string;
}): Promise<RoleGrant> {
  return input.action === 'approve'
    ? call('approveRoleGrant', { params: { id: input.id }, body: { opinion: input.text || null } })
    : call('refuseRoleGrant', { params: { id: input.id }, body: { reason: input.text ?? '' } });
}

export function useDecideRoleGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideRoleGrant,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: securityKeys.roleGrants });
      await queryClient.invalidateQueries({ queryKey: orgKeys.accounts });
    },
  });
}
