import type { OperationId } from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import type { MonthArea } from '../../platform/month-area';
import {
  ACCOUNTABILITY_MONTH_GROUPS,
  type AccountabilityMonthArea,
  accountabilityMonthDrill,
  accountabilityMonthFigureKeys,
  accountabilityMonthFigures,
} from '../accountability/accountability.service';
import { keyTaskMonthFigures } from '../key-tasks/key-tasks.service';
import { rectificationMonthFigures } from '../rectification/rectification.service';
import { spotCheckMonthFigures } from '../spot-checks/spot-checks.service';
import { suggestionMonthFigures } from '../suggestions/suggestions.service';
import { supervisionMonthFigures } from '../supervision/supervision.service';

/** What a report's figures count: one month of a campaign over a unit and the units under it. */
export interface MonthlyFigureArea extends MonthArea {
  unitId: string;
  /** True for a supervision department's report: the area is the campaign's whole government. */
  wholeCampaign: boolean;
}

/**
 * A module's contribution to the monthly reports (月报): a group of counts it computes from its own
 * records, so the monthly module never reads another module's tables and nobody types a figure
 * twice (减负). Labels are server message keys (both languages, in the module's messages).
 */
export interface MonthlyFigureProvider {
  /** The group's key, and its place among the groups (ascending). */
  group: string;
  order: number;
  /** The group's label: a message key. */
  label: string;
  /** The figures in the order shown: key `<group>.<name>` and its label's message key. */
  figures: readonly { key: string; label: string }[];
  /** The counts, by figure key. */
  compute(db: DbOrTx, area: MonthlyFigureArea): Promise<Record<string, number>>;
  /**
   * The list that holds a figure's records (operation and query), when one exists: the group's list
   * for every figure, or each figure's own query, whose total is the figure (its drill-down).
   */
  link?(
    area: MonthlyFigureArea,
    figureKey: string,
  ): { operationId: OperationId; query: Record<string, string> } | null;
}

const providers: MonthlyFigureProvider[] = [];

/** Adds a group of figures to every monthly report (once per group; a second registration is ignored). */
export function registerMonthlyFigures(provider: MonthlyFigureProvider): void {
  if (providers.some((p) => p.group === provider.group)) return;
  providers.push(provider);
  providers.sort((a, b) => a.order - b.order);
}

export function monthlyFigureProviders(): readonly MonthlyFigureProvider[] {
  return providers;
}

/** A department's figures link to its own records; a whole campaign's to every record in the reader's scope. */
const unitQuery = (area: MonthlyFigureArea): Record<string, string> =>
  area.wholeCampaign ? {} : { unitId: area.unitId };

const label = (key: string) => `monthlyReports.figure.${key}`;

// ---------------------------------------------------------------- the figures Zeren holds today

registerMonthlyFigures({
  group: 'supervision',
  order: 10,
  label: 'monthlyReports.group.supervision',
  figures: [
    'supervision.opened',
    'supervision.closed',
    'supervision.overdue',
    'supervision.criticised',
    'supervision.transferred',
  ].map((key) => ({ key, label: label(key) })),
  compute: async (db, area) => {
    const f = await supervisionMonthFigures(db, area);
    return {
      'supervision.opened': f.opened,
      'supervision.closed': f.closed,
      'supervision.overdue': f.overdue,
      'supervision.criticised': f.criticised,
      'supervision.transferred': f.transferred,
    };
  },
  link: (area) => ({ operationId: 'listSupervisionItems', query: unitQuery(area) }),
});

registerMonthlyFigures({
  group: 'keyTasks',
  order: 20,
  label: 'monthlyReports.group.keyTasks',
  figures: ['keyTasks.due', 'keyTasks.completed'].map((key) => ({ key, label: label(key) })),
  compute: async (db, area) => {
    const f = await keyTaskMonthFigures(db, area);
    return { 'keyTasks.due': f.due, 'keyTasks.completed': f.completed };
  },
  link: (area) => ({ operationId: 'listKeyTasks', query: unitQuery(area) }),
});

registerMonthlyFigures({
  group: 'suggestions',
  order: 30,
  label: 'monthlyReports.group.suggestions',
  figures: ['suggestions.received', 'suggestions.answered'].map((key) => ({ key, label: label(key) })),
  compute: async (db, area) => {
    const f = await suggestionMonthFigures(db, area);
    return { 'suggestions.received': f.received, 'suggestions.answered': f.answered };
  },
  link: (area) => ({ operationId: 'listSuggestions', query: unitQuery(area) }),
});

registerMonthlyFigures({
  group: 'rectification',
  order: 40,
  label: 'monthlyReports.group.rectification',
  figures: ['rectification.opened', 'rectification.closed', 'rectification.overdue'].map((key) => ({
    key,
    label: label(key),
  })),
  compute: async (db, area) => {
    const f = await rectificationMonthFigures(db, area);
    return {
      'rectification.opened': f.opened,
      'rectification.closed': f.closed,
      'rectification.overdue': f.overdue,
    };
  },
  link: (area) => ({ operationId: 'listRectificationItems', query: unitQuery(area) }),
});

registerMonthlyFigures({
  group: 'spotChecks',
  order: 50,
  label: 'monthlyReports.group.spotChecks',
  figures: ['spotChecks.checked', 'spotChecks.findings'].map((key) => ({ key, label: label(key) })),
  compute: async (db, area) => {
    const f = await spotCheckMonthFigures(db, area);
    return { 'spotChecks.checked': f.checked, 'spotChecks.findings': f.findings };
  },
  link: (area) => ({ operationId: 'listSpotCheckTargets', query: unitQuery(area) }),
});

/**
 * 问责情况: the accountability module's records of the month, those held by the reporting unit's
 * subtree. A supervision department's report counts the whole campaign with no unit at all, not the
 * government's tree as its other groups: the leads are held by the commission (纪委监委), a unit
 * outside that tree. Each figure links to the list under the query whose total it is.
 */
const accountabilityArea = (area: MonthlyFigureArea): AccountabilityMonthArea => ({
  campaignId: area.campaignId,
  unitId: area.wholeCampaign ? null : area.unitId,
  from: area.from,
  to: area.to,
});

ACCOUNTABILITY_MONTH_GROUPS.forEach((group, i) => {
  registerMonthlyFigures({
    group,
    order: 60 + i,
    label: `monthlyReports.group.${group}`,
    figures: accountabilityMonthFigureKeys(group).map((key) => ({ key, label: label(key) })),
    compute: (db, area) => accountabilityMonthFigures(db, accountabilityArea(area), group),
    link: (area, key) => accountabilityMonthDrill(accountabilityArea(area), key),
  });
});
