import type { Permission } from '@zeren/contracts';
import type { Actor } from '../../platform/actor';
import { hasGlobalScope, unitInScope } from '../../platform/data-scope';
import { AppError, fieldError } from '../../platform/errors';
import type { UnitRow } from './org.repository';

/**
 * A record the actor can read but not change answers 403; one it cannot read was already
 * filtered to 404 by the scoped lookup, so existence is not revealed.
 */
export function assertUnitWritable(actor: Actor, permission: Permission, target: UnitRow): void {
  if (!unitInScope(actor, permission, target)) throw new AppError('FORBIDDEN');
}

/** A new or moved record's target unit must be within the actor's write scope; a root needs global scope. */
export function assertParentAllowed(
  actor: Actor,
  permission: Permission,
  parent: UnitRow | undefined,
  field: string,
  parentId: string | null,
): void {
  if (parentId === null) {
    if (!hasGlobalScope(actor, permission)) throw new AppError('FORBIDDEN');
    return;
  }
  if (!parent || !unitInScope(actor, permission, parent)) throw fieldError(field, 'field.not_found');
}
