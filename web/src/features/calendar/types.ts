/** Types of the working-day calendar come from the contracts (contracts/src/calendar.ts). */

import type { calendarYearsSchema } from '@zeren/contracts';
import type { z } from 'zod';

export {
  CALENDAR_DAY_KINDS,
  CALENDAR_SOURCES,
  type CalendarDay,
  type CalendarDayKind,
  type CalendarDays,
  type CalendarSchedule,
  type CalendarSource,
  type CalendarYear,
} from '@zeren/contracts';

/** The known years and the provisional one. */
export type CalendarYears = z.infer<typeof calendarYearsSchema>;
