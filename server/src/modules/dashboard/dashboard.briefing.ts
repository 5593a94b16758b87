import {
  COMMITMENT_STATUS_LABELS,
  CONDUCT_LABELS,
  DASHBOARD_CHART_GROUPS,
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
  SATISFACTION_LABELS,
  SUPERVISION_COLOUR_LABELS,
} from '@zeren/contracts';
import { barChartPng } from '../../platform/documents/charts';
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
  'keyTasks.status': KEY_TASK_STATUS_LABELS,
  'commitments.status': COMMITMENT_STATUS_LABELS,
  'determinations.liability': LIABILITY_LABELS,
  'determinations.form': DISCIPLINE_FORM_LABELS,
  'publicReports.satisfaction': SATISFACTION_LABELS,
};

/**
 * A figure's name in the reader's language, from its key as the page names it: a vocabulary's value
 * by the contracts' labels, a month as a month, a domain by the name the server gave, else the
 * page's own name of the figure.
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
  return figure.label ?? figure.key;
}

/** 12.5%, 40% (no trailing .0), or the words for "no rate" when nothing was counted under it. */
function percent(locale: Locale, numerator: number, denominator: number): string {
  if (denominator === 0) return t(locale, 'dashboard.briefing.no_rate');
  return `${Number(((100 * numerator) / denominator).toFixed(1))}%`;
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
        label: r.key,
        value: percent(locale, r.numerator.value, r.denominator.value),
      }),
    ),
  ];
  return t(locale, 'dashboard.briefing.list', {
    heading: heading(locale, group),
    parts: items.join(t(locale, 'dashboard.briefing.separator')),
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
export function briefingDocument(input: {
  summary: DashboardSummary;
  campaignName: string;
  issuer: string;
  today: string;
  locale: Locale;
}): Promise<Buffer> {
  const { summary, locale } = input;
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
      paragraphs: [groupSentence(locale, group)],
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
