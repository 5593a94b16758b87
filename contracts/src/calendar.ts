import { z } from 'zod';
import { dateSchema, optionalText } from './common';

/** Where a calendar year or day came from: the published schedule (chinese-days) or an administrator. */
export const CALENDAR_SOURCES = ['chinese-days', 'admin'] as const;
export const calendarSourceSchema = z.enum(CALENDAR_SOURCES);
export type CalendarSource = z.infer<typeof calendarSourceSchema>;

/** holiday | adjusted_workday (调休上班) as published; override when an administrator set the day. */
export const CALENDAR_DAY_KINDS = ['holiday', 'adjusted_workday', 'override'] as const;
export const calendarDayKindSchema = z.enum(CALENDAR_DAY_KINDS);
export type CalendarDayKind = z.infer<typeof calendarDayKindSchema>;

/** Years a calendar can hold; deadlines outside the known ones are refused. */
export const calendarYearNumberSchema = z.number().int().min(2000).max(2100);

export const calendarYearSchema = z.object({ year: z.number().int(), source: calendarSourceSchema });
export type CalendarYear = z.infer<typeof calendarYearSchema>;

/** One exception to "Monday–Friday work, weekends rest". */
export const calendarDaySchema = z.object({
  day: dateSchema,
  isWorkingDay: z.boolean(),
  kind: calendarDayKindSchema,
  name: z.string().nullable(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const calendarDaysSchema = z.object({ year: z.number().int(), days: z.array(calendarDaySchema) });
export type CalendarDays = z.infer<typeof calendarDaysSchema>;

/** At most this many working days forwards or backwards in one computation (about four years). */
export const MAX_WORKING_DAYS = 1000;

export const addWorkingDaysQuerySchema = z
  .object({
    from: dateSchema,
    days: z.coerce.number().int().min(-MAX_WORKING_DAYS).max(MAX_WORKING_DAYS),
  })
  .strict();
export type AddWorkingDaysQuery = z.infer<typeof addWorkingDaysQuerySchema>;
export const addWorkingDaysResultSchema = z.object({ date: dateSchema });

export const workingDaysBetweenQuerySchema = z.object({ from: dateSchema, to: dateSchema }).strict();
export type WorkingDaysBetweenQuery = z.infer<typeof workingDaysBetweenQuerySchema>;
export const workingDaysBetweenResultSchema = z.object({ days: z.number().int() });

export const calendarDaysQuerySchema = z
  .object({ year: z.coerce.number().pipe(calendarYearNumberSchema) })
  .strict();
export const calendarDayParamsSchema = z.object({ day: dateSchema }).strict();

/** An administrator's override of one day. */
export const setCalendarDaySchema = z.object({ isWorkingDay: z.boolean(), name: optionalText(50) }).strict();
export type SetCalendarDayInput = z.infer<typeof setCalendarDaySchema>;

/** A year the administrator will fill (before the published schedule reaches chinese-days). */
export const addCalendarYearSchema = z.object({ year: calendarYearNumberSchema }).strict();
export type AddCalendarYearInput = z.infer<typeof addCalendarYearSchema>;
