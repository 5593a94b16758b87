import { availableActions, type Permission, ROLE_PERMISSIONS, type Workflow } from '@zeren/contracts';
import { useCallback } from 'react';
import { useMe } from './get-me';

export type Can = (permission: Permission) => boolean;

/** `can('org.unit.write')`: whether the signed-in user holds a permission. Hides controls only; the server decides. */
export function useCan(): Can {
  const { data: me } = useMe();
  return useCallback((permission: Permission) => me?.permissions.includes(permission) ?? false, [me]);
}

/**
 * Whether the user holds a permission with data scope `all`: routes of the whole city (the
 * working-day calendar) need that. Hides controls only; the server decides.
 */
export function useCanEverywhere(): Can {
  const { data: me } = useMe();
  return useCallback(
    (permission: Permission) =>
      me?.roles.some((r) => r.dataScope === 'all' && ROLE_PERMISSIONS[r.role].includes(permission)) ?? false,
    [me],
  );
}

/** The actions of a workflow open from `state` that `can` allows: the buttons to draw. */
export function workflowActions<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  state: S,
  can: Can,
): A[] {
  // A workflow's permissions are the registry's (checked when the contracts load).
  return availableActions(workflow, state, (permission) => can(permission as Permission));
}
