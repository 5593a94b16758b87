import type { DashboardGroup, DashboardQuery, DashboardSummary } from '@zeren/contracts';
import { inTransaction, requireActor, type ServiceContext } from '../../platform/context';
import { fieldError } from '../../platform/errors';
import { figureSources } from '../../platform/figures';

/**
 * 领导驾驶舱: the figures of a campaign that the caller's permissions show, each source counted
 * by the module that owns its records with the permission that reads them as the grant (its
 * scope is the caller's scope of that list). Reading them is a view of protected data: the
 * figures are counted inside the transaction that writes the `dashboard.viewed` event.
 */
export async function getDashboardSummary(
  ctx: ServiceContext,
  query: DashboardQuery,
): Promise<DashboardSummary> {
  const actor = requireActor(ctx);
  const area = {
    campaignId: query.campaignId,
    from: query.from ?? null,
    to: query.to ?? null,
    unitId: null,
  };
  if (area.from && area.to && area.from > area.to) throw fieldError('to', 'dashboard.period_reversed');
  return inTransaction(ctx, async (tx) => {
    const groups: DashboardGroup[] = [];
    for (const source of figureSources()) {
      if (!actor.permissions.has(source.permission)) continue;
      groups.push(...(await source.compute({ ...ctx, db: tx.tx, grant: source.permission }, area)));
    }
    await tx.audit({
      action: 'dashboard.viewed',
      recordType: 'dashboard',
      recordId: area.campaignId,
      after: { campaignId: area.campaignId, from: area.from, to: area.to, groups: groups.map((g) => g.key) },
    });
    return { ...area, groups };
  });
}
