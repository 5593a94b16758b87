import type { CalendarMessages } from './zh-CN';

export const enUS: CalendarMessages = {
  nav: {
    calendar: 'Working-day calendar',
  },
  calendar: {
    year: 'Year',
    years: 'Years with a calendar',
    noData:
      'There is no working-day calendar for {year}: deadlines in that year cannot be computed. An administrator must add the year and enter its holidays and adjusted workdays.',
    addYear: 'Add year',
    addYearTitle: 'Add a calendar year',
    yearAdded: 'Year added',
    exceptions: 'Holidays and adjusted workdays',
    exceptionsHint: 'Only the days that differ from "Monday to Friday working, weekends off" are listed.',
    empty: 'No holidays or adjusted workdays in this year',
    day: 'Date',
    weekday: 'Weekday',
    dayType: 'Type',
    name: 'Name',
    working: 'Working day',
    nonWorking: 'Day off',
    setDay: 'Set a day',
    setDayTitle: 'Set a working day or day off',
    isWorkingDay: 'Working day',
    namePlaceholder: 'e.g. National Day, adjusted workday',
    source: 'Source',
    sourceBuiltIn: 'State Council schedule',
    sourceManual: 'Entered by an administrator',
    readOnly: 'You can view the calendar; changing it needs calendar management.',
    recordYear: 'Calendar year',
    recordDay: 'Calendar day',
  },
  calendarKind: {
    holiday: 'Holiday',
    adjusted_workday: 'Adjusted workday',
    override: 'Manual',
  },
  weekday: {
    '0': 'Sun',
    '1': 'Mon',
    '2': 'Tue',
    '3': 'Wed',
    '4': 'Thu',
    '5': 'Fri',
    '6': 'Sat',
  },
  auditAction: {
    'calendar.year_added': 'Calendar year added',
    'calendar.day_set': 'Working day changed',
  },
};
