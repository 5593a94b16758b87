import {
  COMMITMENT_STATUS_LABELS,
  CONDUCT_LABELS,
  changesOf,
  DASHBOARD_CHART_GROUPS,
  type DashboardComparison,
  type DashboardFigure,
  type DashboardGroup,
  type DashboardRate,
  type DashboardSummary,
  DISCIPLINE_FORM_LABELS,
  DISPOSAL_LABELS,
  KEY_TASK_STATUS_LABELS,
  LEAD_SOURCE_LABELS,
  LIABILITY_LABELS,
  type Locale,
  ratePercent,
  SATISFACTION_LABELS,
  SUPERVISION_COLOUR_LABELS,
  SUPERVISION_REMINDER_KIND_LABELS,
} from '@zeren/contracts';
import {
  chineseDate,
  type DocumentSection,
  officialDocument,
} from '../../platform/documents/official-document';
import { hasMessage, t } from '../../platform/i18n';

/** The bars of supervision's colours in their own colours (as the page draws them); others in echarts'. */
const BAR_COLOURS: Record<string, string> = {
  'supervision.colour.blue': '#1677ff',
  'supervision.colour.yellow': '#faad14',
  'supervision.colour.red': '#ff4d4f',
};

const VOCABULARIES: Record<string, Record<string, Record<Locale, string>>> = {
  'leads.source': LEAD_SOURCE_LABELS,
  'leads.conduct': CONDUCT_LABELS,
  'leads.disposal': DISPOSAL_LABELS,
  'supervision.colour': SUPERVISION_COLOUR_LABELS,
  'supervision.reminders': SUPERVISION_REMINDER_KIND_LABELS,
  'keyTasks.status': KEY_TASK_STATUS_LABELS,
  'commitments.status': COMMITMENT_STATUS_LABELS,
  'determinations.liability': LIABILITY_LABELS,
  'determinations.form': DISCIPLINE_FORM_LABELS,
  'publicReports.satisfaction': SATISFACTION_LABELS,
};

/**
 * A figure's name in the reader's language, from its key as the page names it: a vocabulary's value
 * by the contracts' labels, a month as a month, a domain by the name the server gave, else the
 * briefing's own name of the figure (`dashboard.briefing.figure.<key>`), else the name it carries.
 */
export function figureName(locale: Locale, figure: DashboardFigure): string {
  const [group, kind, value] = figure.key.split('.') as [string, string, string | undefined];
  if (value !== undefined) {
    const labels = VOCABULARIES[`${group}.${kind}`];
    if (labels?.[value]) return labels[value][locale];
    if ((group === 'leads' || group === 'keyTasks') && kind === 'domain')
      return figure.label ?? t(locale, 'dashboard.briefing.unnamed_domain');
    if (group === 'leads' && kind === 'month')
      return t(locale, 'dashboard.briefing.month', {
        year: value.slice(0, 4),
        month: Number(value.slice(5)),
      });
  }
  const named = `dashboard.briefing.figure.${figure.key}`;
  if (hasMessage(locale, named)) return t(locale, named);
  return figure.label ?? figure.key;
}

/** A rate's name: the briefing's own, a domain's completion rate, a form's share, else its key. */
export function rateName(locale: Locale, rate: DashboardRate): string {
  const named = `dashboard.briefing.rate.${rate.key}`;
  if (hasMessage(locale, named)) return t(locale, named);
  const [group, kind, value] = rate.key.split('.') as [string, string, string | undefined];
  if (group === 'keyTasks' && kind === 'domainRate')
    return t(locale, 'dashboard.briefing.rate.domain', {
      domain: rate.denominator.label ?? t(locale, 'dashboard.briefing.unnamed_domain'),
    });
  if (group === 'determinations' && kind === 'formShare' && value && DISCIPLINE_FORM_LABELS[value])
    return t(locale, 'dashboard.briefing.rate.formShare', { form: DISCIPLINE_FORM_LABELS[value][locale] });
  return rate.key;
}

/** 12.5%, 40% (no trailing .0), or the words for "no rate" when nothing was counted under it. */
function percent(locale: Locale, numerator: number, denominator: number): string {
  const rate = ratePercent(numerator, denominator);
  return rate === null ? t(locale, 'dashboard.briefing.no_rate') : `${rate}%`;
}

const param = (key: string) => key.replace(/\./g, '_');

/** A group's heading: the briefing's own name of it, a ranking's category, else its key (a group added later). */
function heading(locale: Locale, group: DashboardGroup): string {
  if (group.kind === 'ranking')
    return t(locale, 'dashboard.briefing.group.ranking', { category: group.label ?? group.key });
  const key = `dashboard.briefing.group.${group.key}`;
  return hasMessage(locale, key) ? t(locale, key) : (group.label ?? group.key);
}

/** A ranking in a sentence: 第1名市教育局，第2名……. Its figures are ranks, not counts. */
function rankingSentence(locale: Locale, group: DashboardGroup): string {
  const parts = group.figures.map((f) =>
    t(locale, 'dashboard.briefing.rank', { rank: f.value, unit: f.label ?? '' }),
  );
  return t(locale, 'dashboard.briefing.ranking', {
    heading: heading(locale, group),
    parts:
      parts.length > 0
        ? parts.join(t(locale, 'dashboard.briefing.separator'))
        : t(locale, 'dashboard.briefing.none'),
  });
}

/**
 * A group's figures in a sentence of official style: 共受理问题线索30件，其中群众举报12件（占40%），……。
 * Each share is of the group's figures together (the leads that have a conduct type, the items
 * that have a colour); zero figures are left out of the list (the chart shows them).
 */
export function groupSentence(locale: Locale, group: DashboardGroup): string {
  if (group.kind === 'ranking') return rankingSentence(locale, group);
  const total = group.figures.reduce((sum, f) => sum + f.value, 0);
  // Persons are counted in 人, records in 件.
  const share = hasMessage(locale, `dashboard.briefing.item_share.${group.key}`)
    ? `dashboard.briefing.item_share.${group.key}`
    : 'dashboard.briefing.item_share';
  const shown = group.figures.filter((f) => f.value > 0);
  const parts =
    shown.length === 0
      ? t(locale, 'dashboard.briefing.none')
      : shown
          .map((f) =>
            t(locale, share, {
              label: figureName(locale, f),
              value: f.value,
              share: percent(locale, f.value, total),
            }),
          )
          .join(t(locale, 'dashboard.briefing.separator'));
  const params: Record<string, string | number> = { total, parts };
  for (const f of group.figures) params[param(f.key)] = f.value;
  for (const r of group.rates) {
    params[param(r.numerator.key)] = r.numerator.value;
    params[param(r.denominator.key)] = r.denominator.value;
    params[param(r.key)] = percent(locale, r.numerator.value, r.denominator.value);
  }
  const key = `dashboard.briefing.sentence.${group.key}`;
  if (hasMessage(locale, key)) return t(locale, key, params);
  const items = [
    ...group.figures.map((f) =>
      t(locale, 'dashboard.briefing.item', { label: figureName(locale, f), value: f.value }),
    ),
    ...group.rates.map((r: DashboardRate) =>
      t(locale, 'dashboard.briefing.item', {
        label: rateName(locale, r),
        value: percent(locale, r.numerator.value, r.denominator.value),
      }),
    ),
  ];
  return t(locale, 'dashboard.briefing.list', {
    heading: heading(locale, group),
    parts: items.join(t(locale, 'dashboard.briefing.separator')),
  });
}

/** What a group counts in: 人 for persons, 项 for tasks and commitments, 份 for reports, 次 for reminders, else 件. */
function unitOf(locale: Locale, group: DashboardGroup): string {
  for (const key of [group.key, group.key.split('.')[0]!])
    if (hasMessage(locale, `dashboard.briefing.unit.${key}`))
      return t(locale, `dashboard.briefing.unit.${key}`);
  return t(locale, 'dashboard.briefing.unit');
}

/** What the briefing compares with, and the compared summary's values (`valuesOf`). */
export interface BriefingComparison {
  comparison: DashboardComparison;
  /** The compared campaign's name (the year before's). */
  campaignName: string;
  before: ReadonlyMap<string, number>;
}

/**
 * A group's change against the compared summary in official style, from the contracts' `changesOf`
 * (the page's comparison): 与上期（…）相比，督办事项增加2件，超期件数减少1件，按期办结率上升3.2个百分点，其余持平。
 * Null when the compared summary has none of the group's figures (the months of a period).
 */
export function comparisonSentence(
  locale: Locale,
  group: DashboardGroup,
  compared: BriefingComparison,
): string | null {
  const changes = changesOf(group, compared.before);
  if (changes.length === 0) return null;
  const unit = unitOf(locale, group);
  const moved = changes.filter((c) => c.change !== 0);
  const parts = moved.map((c) => {
    const direction = c.change > 0 ? 'up' : 'down';
    return c.kind === 'figure'
      ? t(locale, `dashboard.briefing.change.${direction}`, {
          label: figureName(locale, c.figure),
          value: Math.abs(c.change),
          unit,
        })
      : t(locale, `dashboard.briefing.change.rate_${direction}`, {
          label: rateName(locale, c.rate),
          value: Math.abs(c.change),
        });
  });
  if (moved.length === 0) parts.push(t(locale, 'dashboard.briefing.change.all_same'));
  else if (moved.length < changes.length) parts.push(t(locale, 'dashboard.briefing.change.rest_same'));
  const { comparison } = compared;
  return t(locale, `dashboard.briefing.compare.${comparison.kind}`, {
    period:
      comparison.kind === 'previousPeriod'
        ? t(locale, 'dashboard.briefing.period', {
            from: dateIn(locale, comparison.from),
            to: dateIn(locale, comparison.to),
          })
        : '',
    campaign: compared.campaignName,
    parts: parts.join(t(locale, 'dashboard.briefing.separator')),
  });
}

/** 2026-07-01 as the reader writes a date. */
const dateIn = (locale: Locale, date: string) => (locale === 'en-US' ? date : chineseDate(date));

/**
 * The dashboard as a .docx briefing (领导驾驶舱简报) in the official layout: the campaign and the
 * period under the title, then one numbered section per group — its sentence and, for the groups
 * the page draws as bars, the same bars as a picture. The charts are drawn one at a time; only
 * their PNGs (tens of kilobytes each) wait for the document to be packed.
 */
export async function briefingDocument(input: {
  summary: DashboardSummary;
  campaignName: string;
  issuer: string;
  today: string;
  locale: Locale;
  /** The comparison with the period before or last year's campaign (the page's), when there is one. */
  compared: BriefingComparison | null;
}): Promise<Buffer> {
  const { summary, locale } = input;
  // echarts and the rasteriser (about 30 MB of the server's memory) load with the first briefing,
  // not with the server: most servers never draw a chart.
  const { barChartPng } = await import('../../platform/documents/charts');
  const period = t(locale, 'dashboard.briefing.period', {
    from: summary.from ? dateIn(locale, summary.from) : t(locale, 'dashboard.briefing.campaign_start'),
    to: dateIn(locale, summary.to ?? input.today),
  });
  const body: DocumentSection[] = [
    {
      paragraphs: [
        t(locale, 'dashboard.briefing.intro', { period, today: dateIn(locale, input.today) }),
        ...(summary.groups.length === 0 ? [t(locale, 'dashboard.briefing.nothing')] : []),
      ],
    },
    ...summary.groups.map((group) => ({
      heading: heading(locale, group),
      paragraphs: [
        groupSentence(locale, group),
        ...(input.compared
          ? [comparisonSentence(locale, group, input.compared)].filter((p) => p !== null)
          : []),
      ],
      images:
        DASHBOARD_CHART_GROUPS.has(group.key) && group.figures.length > 0
          ? [
              barChartPng(
                group.figures.map((f) => ({
                  label: figureName(locale, f),
                  value: f.value,
                  colour: BAR_COLOURS[f.key],
                })),
                heading(locale, group),
              ),
            ]
          : [],
    })),
  ];
  return officialDocument({
    issuer: input.issuer,
    title: t(locale, 'dashboard.briefing.title', { campaign: input.campaignName }),
    body,
    signature: input.issuer,
    date: input.today,
    language: locale,
  });
}
