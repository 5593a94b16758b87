import type { Messages } from '../../i18n/catalogs';
import { fmt, type RecordDescriptor } from '../../lib/history';

const sources = (t: Messages) => ({
  'chinese-days': t.calendar.sourceBuiltIn,
  notice: t.calendar.sourceNotice,
  admin: t.calendar.sourceManual,
});

/** `春节:2027-02-05..2027-02-13` (as the audit event stores a range) → `春节 2027-02-05 至 2027-02-13`. */
const holidayRange = fmt.list((value, ctx) => {
  if (typeof value !== 'string') return fmt.text(value, ctx);
  const match = /^(.*):(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (!match) return value;
  const [, name, start, end] = match;
  return start === end ? `${name} ${start}` : `${name} ${start} – ${end}`;
});

/** A year of the calendar: its schedule entered in one step. */
export const calendarYearRecord: RecordDescriptor = {
  type: 'calendar_year',
  label: (t) => t.calendar.recordYear,
  fields: {
    year: { label: (t) => t.calendar.year },
    source: { label: (t) => t.calendar.source, format: fmt.label(sources) },
    holidays: { label: (t) => t.calendar.holidayRanges, format: holidayRange, long: true },
    workdays: { label: (t) => t.calendar.adjustedWorkdays, format: fmt.list(fmt.date) },
    recomputed: { label: (t) => t.calendar.recomputed },
    days: { label: (t) => t.calendar.daysCount },
  },
};

export const calendarDayRecord: RecordDescriptor = {
  type: 'calendar_day',
  label: (t) => t.calendar.recordDay,
  fields: {
    day: { label: (t) => t.calendar.day, format: fmt.date },
    isWorkingDay: { label: (t) => t.calendar.isWorkingDay, format: fmt.bool },
    kind: { label: (t) => t.calendar.dayType, format: fmt.label((t) => t.calendarKind) },
    name: { label: (t) => t.calendar.name },
    source: { label: (t) => t.calendar.source, format: fmt.label(sources) },
  },
};
