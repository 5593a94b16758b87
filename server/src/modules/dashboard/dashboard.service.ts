import {
  comparisonOf,
  type DashboardGroup,
  type DashboardHeat,
  type DashboardHeatQuery,
  type DashboardQuery,
  type DashboardSummary,
  type HeatCell,
  valuesOf,
} from '@zeren/contracts';
import { type Db, readInSnapshot } from '../../db/client';
import { type Actor, grantsFor } from '../../platform/actor';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import { type FigureArea, figureSources, heatSources } from '../../platform/figures';
import { t } from '../../platform/i18n';
import { findUnitRef, findUnitRefs, listUnits, type UnitRef } from '../../platform/org/org.repository';
import { Scope } from '../../platform/scope';
import {
  currentCampaignId,
  getCampaign,
  getCurrentCampaign,
  listCampaigns,
  listDomainRefs,
} from '../campaign/campaign.service';
import { briefingDocument } from './dashboard.briefing';
import * as repo from './dashboard.repository';

/**
 * A unit the caller's dashboard reaches (the unit view, the heat table's parent). One outside it
 * is not found, as a record outside the read scope is: the caller learns nothing of it.
 */
async function reachedUnit(ctx: ServiceContext, id: string): Promise<UnitRef> {
  const target = await findUnitRef(ctx.db, id);
  if (!target || !Scope.of(requireActor(ctx), 'dashboard.read').covers(target)) throw notFound();
  return target;
}

/** The area a query counts: its campaign and period, and one unit (the unit view) when named. */
function areaOf(query: DashboardQuery): FigureArea {
  const area = {
    campaignId: query.campaignId,
    from: query.from ?? null,
    to: query.to ?? null,
    unitId: query.unitId ?? null,
  };
  if (area.from && area.to && area.from > area.to) throw fieldError('to', 'dashboard.period_reversed');
  return area;
}

/**
 * The groups the caller's permissions show, each source counted by the module that owns its
 * records with the permission that reads them as the grant (its scope is the caller's scope of
 * that list). The one count behind the page and the briefing; in the caller's transaction's
 * snapshot (`readInSnapshot`: on PostgreSQL the sources count at once, each on a connection of its
 * own, and the figures are still those of one moment).
 */
async function countGroups(
  ctx: ServiceContext,
  tx: TxContext,
  actor: Actor,
  area: FigureArea,
): Promise<DashboardGroup[]> {
  const sources = figureSources().filter((source) => actor.permissions.has(source.permission));
  const counted = await readInSnapshot(
    ctx.db,
    tx.tx,
    sources.map((source) => (db: Db) => source.compute({ ...ctx, db, grant: source.permission }, area)),
  );
  return counted.flat();
}

/** What a view or a briefing records of what it showed: the area and the groups, never a figure. */
const shown = (area: FigureArea, groups: DashboardGroup[]) => ({
  campaignId: area.campaignId,
  from: area.from,
  to: area.to,
  unitId: area.unitId,
  groups: groups.map((g) => g.key),
});

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
  const unit = area.unitId ? await presentUnit(ctx, await reachedUnit(ctx, area.unitId)) : null;
  return inTransaction(ctx, async (tx) => {
    const groups = await countGroups(ctx, tx, actor, area);
    await tx.audit({
      action: 'dashboard.viewed',
      recordType: 'dashboard',
      recordId: area.campaignId,
      after: shown(area, groups),
    });
    return { ...area, unit, groups };
  });
}

/**
 * The same figures as a .docx briefing in the caller's language, with the page's charts drawn on
 * the server, and each group compared as the page compares it (`comparisonOf`, contracts: a
 * period with the months before it, the whole campaign with last year's campaign of the campaigns
 * the caller reads). Both summaries are counted (the summary's count) inside the transaction that
 * writes `dashboard.exported`; the charts and the document are made after it commits, so no
 * transaction waits on drawing — as a list export is audited before its first byte. 404 for a
 * campaign the caller neither reads nor works under (the briefing names it).
 */
export async function exportDashboardBriefing(
  ctx: ServiceContext,
  query: DashboardQuery,
): Promise<{ bytes: Buffer; name: string }> {
  const actor = requireActor(ctx);
  const area = areaOf(query);
  if (area.unitId) await reachedUnit(ctx, area.unitId);
  const campaign = await campaignOf(ctx, area.campaignId);
  // The page's comparison, over the campaigns the page offers (those the caller reads).
  const campaigns = actor.permissions.has('campaign.read')
    ? await listCampaigns({ ...ctx, grant: 'campaign.read' })
    : [];
  const comparison = comparisonOf(area, campaigns);
  const comparedArea: FigureArea | null = comparison && {
    campaignId: comparison.campaignId,
    from: comparison.kind === 'previousPeriod' ? comparison.from : null,
    to: comparison.kind === 'previousPeriod' ? comparison.to : null,
    unitId: area.unitId,
  };
  const { summary, before, issuer, today } = await inTransaction(ctx, async (tx) => {
    const groups = await countGroups(ctx, tx, actor, area);
    const compared = comparedArea && (await countGroups(ctx, tx, actor, comparedArea));
    await tx.audit({
      action: 'dashboard.exported',
      recordType: 'dashboard',
      recordId: area.campaignId,
      after: {
        ...shown(area, groups),
        comparedWith: comparedArea && {
          campaignId: comparedArea.campaignId,
          from: comparedArea.from,
          to: comparedArea.to,
        },
        format: 'docx',
      },
    });
    return {
      summary: { ...area, unit: null, groups },
      before: compared && valuesOf({ ...comparedArea!, unit: null, groups: compared }),
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
    compared:
      comparison && before
        ? {
            comparison,
            campaignName: campaigns.find((c) => c.id === comparison.campaignId)?.name ?? '',
            before,
          }
        : null,
  });
  return { bytes, name: `${t(ctx.locale, 'dashboard.briefing.file_name')}-${today}.docx` };
}

/** The unit of the unit view and its place in the tree: its ancestors the caller's dashboard reaches. */
async function presentUnit(ctx: ServiceContext, target: UnitRef): Promise<DashboardSummary['unit']> {
  const scope = Scope.of(requireActor(ctx), 'dashboard.read');
  const ids = target.path.split('/').filter((id) => id && id !== target.id);
  const ancestors = (await findUnitRefs(ctx.db, ids))
    .filter((u) => scope.covers(u))
    .sort((a, b) => a.path.length - b.path.length);
  return {
    id: target.id,
    name: target.name,
    ancestors: ancestors.map((u) => ({ id: u.id, name: u.name })),
  };
}

/**
 * The heat table's default parent: the highest unit of the caller's dashboard scope (the tree's
 * root for a caller reaching every unit), so its rows are the units just below the caller's top.
 */
async function topUnit(ctx: ServiceContext): Promise<{ id: string; name: string }> {
  const grants = grantsFor(requireActor(ctx), 'dashboard.read');
  if (grants.some((g) => g.dataScope === 'all')) {
    const [root] = await repo.rootUnits(ctx.db);
    if (root) return root;
  }
  const top = [...grants].sort((a, b) => a.unitPath.length - b.unitPath.length)[0];
  if (!top) throw forbidden();
  return { id: top.unitId, name: top.unitName };
}

/**
 * 热力表: the children of a unit (rows) × the campaign's domains (columns), one measure counted
 * by the module owning its records with the permission that reads them, so each cell is the
 * total of the list it drills to. Audited as a view, in the transaction that counts.
 */
export async function getDashboardHeat(
  ctx: ServiceContext,
  query: DashboardHeatQuery,
): Promise<DashboardHeat> {
  const actor = requireActor(ctx);
  const from = query.from ?? null;
  const to = query.to ?? null;
  if (from && to && from > to) throw fieldError('to', 'dashboard.period_reversed');
  const allowed = heatSources().filter((s) => actor.permissions.has(s.permission));
  const source = query.measure ? allowed.find((s) => s.measure === query.measure) : allowed[0];
  // A measure whose records the caller may not read is refused, not shown empty.
  if (!source) throw forbidden();
  const parent = query.parentUnitId ? await reachedUnit(ctx, query.parentUnitId) : await topUnit(ctx);
  const dashboardScope = Scope.of(actor, 'dashboard.read');
  return inTransaction(ctx, async (tx) => {
    const children = (await listUnits(tx.tx, dashboardScope, { parentId: parent.id })).sort(
      (a, b) => a.sortOrder - b.sortOrder || (a.code ?? '').localeCompare(b.code ?? ''),
    );
    const below = await repo.childCounts(
      tx.tx,
      children.map((u) => u.id),
    );
    const domains = await listDomainRefs(tx.tx, query.campaignId);
    const cells: HeatCell[] = await source.count(
      { ...ctx, db: tx.tx, grant: source.permission },
      {
        campaignId: query.campaignId,
        from,
        to,
        unitIds: children.map((u) => u.id),
        domainIds: domains.map((d) => d.id),
      },
    );
    await tx.audit({
      action: 'dashboard.heat_viewed',
      recordType: 'dashboard',
      recordId: query.campaignId,
      after: { campaignId: query.campaignId, parentUnitId: parent.id, measure: source.measure, from, to },
    });
    return {
      campaignId: query.campaignId,
      from,
      to,
      parent: { id: parent.id, name: parent.name },
      measure: source.measure,
      measures: allowed.map((s) => s.measure),
      unitFilter: source.unitFilter,
      units: children.map((u) => ({ id: u.id, name: u.name, hasChildren: below.has(u.id) })),
      domains: domains.map((d) => ({ id: d.id, title: d.title })),
      cells,
    };
  });
}
