import type { Actor } from '../../platform/actor';
import { unitInScope } from '../../platform/data-scope';
import { AppError, fieldError } from '../../platform/errors';

/**
 * A campaign the actor can read but not manage answers 403; one it cannot read was already
 * filtered to 404 by the scoped lookup.
 */
export function assertCampaignManageable(actor: Actor, owner: { unitId: string; unitPath: string }): void {
  if (!unitInScope(actor, 'campaign.manage', { id: owner.unitId, path: owner.unitPath }))
    throw new AppError('FORBIDDEN');
}

/** A new campaign belongs to a government within the actor's manage scope. */
export function assertOwnerAllowed(
  actor: Actor,
  owner: { id: string; path: string; kind: string } | undefined,
  field: string,
): asserts owner is { id: string; path: string; kind: string } {
  if (!owner || !unitInScope(actor, 'campaign.manage', owner)) throw fieldError(field, 'field.not_found');
  if (owner.kind !== 'government') throw fieldError(field, 'campaign.unit_not_government');
}
