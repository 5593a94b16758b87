/** Types of the working-day calendar come from the contracts (contracts/src/calendar.ts). */
export {
  CALENDAR_DAY_KINDS,
  CALENDAR_SOURCES,
  type CalendarDay,
  type CalendarDayKind,
  type CalendarDays,
  type CalendarSource,
  type CalendarYear,
} from '@zeren/contracts';
