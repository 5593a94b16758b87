import type { Permission } from '@zeren/contracts';
import { useCallback } from 'react';
import { useMe } from './api/get-me';

/** `can('org.unit.write')`: whether the signed-in user holds a permission. Hides controls only; the server decides. */
export function useCan(): (permission: Permission) => boolean {
  const { data: me } = useMe();
  return useCallback((permission: Permission) => me?.permissions.includes(permission) ?? false, [me]);
}
