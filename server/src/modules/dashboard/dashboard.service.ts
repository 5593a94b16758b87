import type { DashboardGroup, DashboardQuery, DashboardSummary } from '@zeren/contracts';
import type { Actor } from '../../platform/actor';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { fieldError } from '../../platform/errors';
import { figureSources } from '../../platform/figures';
import { t } from '../../platform/i18n';
import { findUnitRef } from '../../platform/org/org.repository';
import { currentCampaignId, getCampaign, getCurrentCampaign } from '../campaign/campaign.service';
import { briefingDocument } from './dashboard.briefing';

/** The area a query counts: its campaign and period, the whole reach of the caller (no unit). */
function areaOf(query: DashboardQuery) {
  const area = {
    campaignId: query.campaignId,
    from: query.from ?? null,
    to: query.to ?? null,
    unitId: null,
  };
  if (area.from && area.to && area.from > area.to) throw fieldError('to', 'dashboard.period_reversed');
  return area;
}

/**
 * The groups the caller's permissions show, each source counted by the module that owns its
 * records with the permission that reads them as the grant (its scope is the caller's scope of
 * that list). The one count behind the page and the briefing; inside the caller's transaction.
 */
async function countGroups(
  ctx: ServiceContext,
  tx: TxContext,
  actor: Actor,
  area: ReturnType<typeof areaOf>,
): Promise<DashboardGroup[]> {
  const groups: DashboardGroup[] = [];
  for (const source of figureSources()) {
    if (!actor.permissions.has(source.permission)) continue;
    groups.push(...(await source.compute({ ...ctx, db: tx.tx, grant: source.permission }, area)));
  }
  return groups;
}

/**
 * The campaign a briefing names: one the caller reads in their scope, or the one they work under
 * (the page's default: a county office's dashboard shows the city's campaign); 404 otherwise.
 */
async function campaignOf(ctx: ServiceContext, id: string) {
  if (id === (await currentCampaignId(ctx))) return getCurrentCampaign(ctx);
  return getCampaign(ctx, id);
}

/**
 * 领导驾驶舱: the figures of a campaign that the caller's permissions show. Reading them is a view
 * of protected data: the figures are counted inside the transaction that writes the
 * `dashboard.viewed` event.
 */
export async function getDashboardSummary(
  ctx: ServiceContext,
  query: DashboardQuery,
): Promise<DashboardSummary> {
  const actor = requireActor(ctx);
  const area = areaOf(query);
  return inTransaction(ctx, async (tx) => {
    const groups = await countGroups(ctx, tx, actor, area);
    await tx.audit({
      action: 'dashboard.viewed',
      recordType: 'dashboard',
      recordId: area.campaignId,
      after: { campaignId: area.campaignId, from: area.from, to: area.to, groups: groups.map((g) => g.key) },
    });
    return { ...area, groups };
  });
}

/**
 * The same figures as a .docx briefing in the caller's language, with the page's charts drawn on
 * the server. Counted (the summary's count) inside the transaction that writes
 * `dashboard.exported`; the charts and the document are made after it commits, so no transaction
 * waits on drawing — as a list export is audited before its first byte. 404 for a campaign the
 * caller neither reads nor works under (the briefing names it).
 */
export async function exportDashboardBriefing(
  ctx: ServiceContext,
  query: DashboardQuery,
): Promise<{ bytes: Buffer; name: string }> {
  const actor = requireActor(ctx);
  const area = areaOf(query);
  const campaign = await campaignOf(ctx, area.campaignId);
  const { summary, issuer, today } = await inTransaction(ctx, async (tx) => {
    const groups = await countGroups(ctx, tx, actor, area);
    await tx.audit({
      action: 'dashboard.exported',
      recordType: 'dashboard',
      recordId: area.campaignId,
      after: {
        campaignId: area.campaignId,
        from: area.from,
        to: area.to,
        groups: groups.map((g) => g.key),
        format: 'docx',
      },
    });
    return {
      summary: { ...area, groups },
      issuer: (await findUnitRef(tx.tx, actor.unitId))?.name ?? campaign.unitName,
      today: shanghaiDate(tx.clock.now()),
    };
  });
  const bytes = await briefingDocument({
    summary,
    campaignName: campaign.name,
    issuer,
    today,
    locale: ctx.locale,
  });
  return { bytes, name: `${t(ctx.locale, 'dashboard.briefing.file_name')}-${today}.docx` };
}
