import { format } from '../../i18n/format';
import { type Formatter, fmt, HIDDEN, type RecordDescriptor } from '../../lib/history';

/** 2026-07 → 2026年7月 / 7/2026. */
export const monthText: Formatter = (value, ctx) =>
  typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)
    ? format(ctx.t.monthlyReports.monthValue, { year: value.slice(0, 4), month: Number(value.slice(5)) })
    : fmt.text(value, ctx);

/** The frozen figures, as the approval's event records them: how many. */
const figures: Formatter = (value, ctx) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? format(ctx.t.monthlyReports.figuresCount, { count: Object.keys(value).length })
    : fmt.text(value, ctx);

/**
 * A monthly report (月报): made by the schedule for an owing unit, filled in by its clerk,
 * approved by its leader (the figures frozen), returned with a reason, reminded.
 */
export const monthlyReportRecord: RecordDescriptor = {
  type: 'monthly_report',
  label: (t) => t.monthlyReports.record,
  fields: {
    status: { label: (t) => t.monthlyReports.status, format: fmt.label((t) => t.monthlyReportStatus) },
    month: { label: (t) => t.monthlyReports.month, format: monthText },
    unitId: { label: (t) => t.monthlyReports.unit, format: fmt.unit },
    role: { label: (t) => t.monthlyReports.role, format: fmt.label((t) => t.monthlyReportRole) },
    narrative: { label: (t) => t.monthlyReports.narrative, long: true },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    figures: { label: (t) => t.monthlyReports.figures, format: figures },
    dueDate: { label: (t) => t.monthlyReports.dueDate, format: fmt.date },
    late: { label: (t) => t.monthlyReports.late, format: fmt.bool },
    kind: { label: (t) => t.monthlyReports.remind, format: fmt.label((t) => t.monthlyReportReminderKind) },
    message: { label: (t) => t.monthlyReports.remindMessage, long: true },
    campaignId: HIDDEN,
  },
};
