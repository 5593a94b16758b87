import { z } from 'zod';
import { auditEvent, auditField } from './core/audit';
import { dateSchema, listOf, optionalText } from './core/common';
import { defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';

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

// ---------------------------------------------------------------- the contract

const calendarDayAudit = z
  .object({
    day: z.string(),
    isWorkingDay: z.boolean(),
    kind: z.string(),
    name: auditField.text,
    source: z.string(),
  })
  .strict();

/** The working-day calendar: everyone counts deadlines on it; the administrator keeps it. */
export const calendarContract = defineModuleContract({
  name: 'calendar',
  permissions: ['calendar.manage'],
  grants: { campaign_admin: ['calendar.manage'] },
  records: {},
  auditEvents: [
    auditEvent('calendar.year_added', 'calendar_year', {
      after: z.object({ year: z.number().int(), source: z.string() }).strict(),
    }),
    auditEvent('calendar.day_set', 'calendar_day', {
      before: calendarDayAudit.nullable(),
      after: calendarDayAudit,
    }),
  ],
  errors: {},
  routes: defineRoutes({
    addWorkingDays: {
      method: 'GET',
      path: '/api/calendar/working-days/add',
      tags: ['calendar'],
      summary: 'The date N working days after a date, counting from the next day',
      access: { signedIn: true },
      query: addWorkingDaysQuerySchema,
      response: { 200: addWorkingDaysResultSchema },
    },
    workingDaysBetween: {
      method: 'GET',
      path: '/api/calendar/working-days/between',
      tags: ['calendar'],
      summary: 'Working days after `from` up to and including `to`',
      access: { signedIn: true },
      query: workingDaysBetweenQuerySchema,
      response: { 200: workingDaysBetweenResultSchema },
    },
    listCalendarYears: {
      method: 'GET',
      path: '/api/calendar/years',
      tags: ['calendar'],
      summary: 'The years the calendar knows',
      access: { signedIn: true },
      response: { 200: listOf(calendarYearSchema) },
    },
    getCalendarDays: {
      method: 'GET',
      path: '/api/calendar/days',
      tags: ['calendar'],
      summary: "A year's exceptions to Monday–Friday",
      access: { signedIn: true },
      query: calendarDaysQuerySchema,
      response: { 200: calendarDaysSchema },
    },
    setCalendarDay: {
      method: 'PUT',
      path: '/api/calendar/days/:day',
      tags: ['calendar'],
      summary: "Override one day (an administrator's correction)",
      access: { permission: 'calendar.manage' },
      params: calendarDayParamsSchema,
      body: setCalendarDaySchema,
      response: { 200: calendarDaySchema },
    },
    addCalendarYear: {
      method: 'POST',
      path: '/api/calendar/years',
      tags: ['calendar'],
      summary: 'Add a year the administrator will fill',
      access: { permission: 'calendar.manage' },
      body: addCalendarYearSchema,
      response: { 201: calendarYearSchema },
    },
  }),
});
