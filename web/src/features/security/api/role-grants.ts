import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Page, RoleGrant, RoleGrantAction } from '@zeren/contracts';
import { call, type QueryOf } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import { orgKeys } from '../../org/api/query-keys';
import { securityKeys } from './query-keys';

export type { RoleGrant };

/** A role grants query as the caller writes it (the route's input type: `limit` and `after` optional). */
export type RoleGrantQuery = QueryOf<'listRoleGrants'>;

/** One page of the role grants of accounts in scope, newest first. */
export function listRoleGrants(query: RoleGrantQuery = {}): Promise<Page<RoleGrant>> {
  return call('listRoleGrants', { query });
}

/** The filter of the page (and of its export): the grants waiting for a decision. */
export const PENDING: Omit<RoleGrantQuery, 'limit' | 'after'> = { status: 'pending' };

/** The grants waiting for the security administrator, a table's pages of them. */
export function usePendingRoleGrantsPage() {
  return usePagedList({ filters: PENDING, queryKey: securityKeys.roleGrantList, fetch: listRoleGrants });
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
