import type { Phase } from '@zeren/contracts';
import { format } from '../../i18n/format';
import { formatDateRange } from '../../lib/format';
import { type Formatter, fmt, HIDDEN, type RecordDescriptor } from '../../lib/history';

/** A phase as the log stores it, `inspection:2026-07-01..2026-10-31`, read as 监督检查 2026年7月1日至10月31日. */
const phaseDates: Formatter = (value, ctx) => {
  const match = typeof value === 'string' ? /^(\w+):(\S+)\.\.(\S+)$/.exec(value) : null;
  if (!match) return fmt.text(value, ctx);
  const [, phase, start, end] = match as unknown as [string, string, string, string];
  // The catalogue labels every phase (i18n.test): its keys are the phases, without loading the contracts.
  const label = Object.hasOwn(ctx.t.phase, phase) ? ctx.t.phase[phase as Phase] : phase;
  return `${label} ${formatDateRange(start, end, ctx.locale)}`;
};

/** A number of working days: 3 个工作日. */
const workingDays: Formatter = (value, ctx) =>
  typeof value === 'number'
    ? format(ctx.t.supervision.workingDaysValue, { days: value })
    : fmt.text(value, ctx);

export const campaignRecord: RecordDescriptor = {
  type: 'campaign',
  label: (t) => t.campaign.record,
  fields: {
    status: { label: (t) => t.campaign.status, format: fmt.label((t) => t.campaignStatus) },
    name: { label: (t) => t.campaign.name },
    year: { label: (t) => t.campaign.year },
    unitId: { label: (t) => t.campaign.unit, format: fmt.unit },
    reportDay: {
      label: (t) => t.campaign.reportDay,
      format: (value, ctx) =>
        typeof value === 'number'
          ? format(ctx.t.campaign.reportDayText, { day: value })
          : fmt.text(value, ctx),
    },
    phases: { label: (t) => t.campaign.phases, format: fmt.list(phaseDates) },
    domains: {
      label: (t) => t.campaign.domains,
      format: (value, ctx) =>
        Array.isArray(value)
          ? format(ctx.t.campaign.domainCount, { count: value.length })
          : fmt.text(value, ctx),
    },
    clonedFromId: { label: (t) => t.campaign.clonedFrom },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    // The campaign's three-colour escalation thresholds (督办事项 feature's settings).
    reminderWorkingDays: { label: (t) => t.supervision.reminderWorkingDays, format: workingDays },
    redAfterWorkingDays: { label: (t) => t.supervision.redAfterWorkingDays, format: workingDays },
    transferAfterWorkingDays: { label: (t) => t.supervision.transferAfterWorkingDays, format: workingDays },
    // The campaign's monthly report schedule and exports (月报 feature).
    remindBeforeWorkingDays: { label: (t) => t.monthlyReports.remindBeforeWorkingDays, format: workingDays },
    remindAfterWorkingDays: { label: (t) => t.monthlyReports.remindAfterWorkingDays, format: workingDays },
    supervisionUnitIds: { label: (t) => t.monthlyReports.supervisionUnits, format: fmt.list(fmt.unit) },
    month: { label: (t) => t.monthlyReports.month },
    format: { label: (t) => t.monthlyReports.format },
    count: { label: (t) => t.monthlyReports.count },
  },
};

/** A key domain; its events show in its campaign's history. */
export const campaignDomainRecord: RecordDescriptor = {
  type: 'campaign_domain',
  label: (t) => t.campaign.domain,
  fields: {
    title: { label: (t) => t.campaign.domainTitle },
    code: { label: (t) => t.campaign.domainTitle, namedBy: 'title' },
    isLocal: {
      label: (t) => t.campaign.domainType,
      format: (value, ctx) =>
        value === true
          ? ctx.t.campaign.local
          : value === false
            ? ctx.t.campaign.standard
            : fmt.text(value, ctx),
    },
    description: { label: (t) => t.campaign.description, long: true },
    focusProblems: { label: (t) => t.campaign.focusProblems, long: true },
    leadUnitIds: { label: (t) => t.campaign.leadUnits, format: fmt.list(fmt.unit) },
    participantUnitIds: { label: (t) => t.campaign.participantUnits, format: fmt.list(fmt.unit) },
    sortOrder: { label: (t) => t.campaign.sortOrder },
    campaignId: HIDDEN,
  },
};
