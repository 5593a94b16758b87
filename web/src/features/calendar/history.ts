import { fmt, type RecordDescriptor } from '../../lib/history';

export const calendarYearRecord: RecordDescriptor = {
  type: 'calendar_year',
  label: (t) => t.calendar.recordYear,
  fields: {
    year: { label: (t) => t.calendar.year },
    source: {
      label: (t) => t.calendar.source,
      format: fmt.label((t) => ({
        'chinese-days': t.calendar.sourceBuiltIn,
        admin: t.calendar.sourceManual,
      })),
    },
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
    source: {
      label: (t) => t.calendar.source,
      format: fmt.label((t) => ({
        'chinese-days': t.calendar.sourceBuiltIn,
        admin: t.calendar.sourceManual,
      })),
    },
  },
};
