import { z } from 'zod';
import { auditEvent, auditField } from './core/audit';
import { dateSchema, optionalText, queryInt, text } from './core/common';
import { defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';

/**
 * Where a calendar year or day came from: the schedule bundled with the software (chinese-days),
 * the State Council's notice as an administrator entered it, or an administrator's correction.
 */
export const CALENDAR_SOURCES = ['chinese-days', 'notice', 'admin'] as const;
export const calendarSourceSchema = z.enum(CALENDAR_SOURCES);
export type CalendarSource = z.infer<typeof calendarSourceSchema>;

/** holiday | adjusted_workday (调休上班) as published; override when an administrator set the day. */
export const CALENDAR_DAY_KINDS = ['holiday', 'adjusted_workday', 'override'] as const;
export const calendarDayKindSchema = z.enum(CALENDAR_DAY_KINDS);
export type CalendarDayKind = z.infer<typeof calendarDayKindSchema>;

/** Years a calendar can hold; deadlines outside the known ones are refused. */
export const calendarYearNumberSchema = z.number().int().min(2000).max(2100);

export const calendarYearSchema = z.object({ year: z.number().int(), source: calendarSourceSchema });

/**
 * The calendar as a deadline computation sees it: the known years, and the provisional one —
 * the year after the last known, counted on weekends alone until its schedule is entered.
 */
export const calendarYearsSchema = z.object({
  items: z.array(calendarYearSchema),
  provisionalYear: z.number().int().nullable(),
});
export type CalendarYear = z.infer<typeof calendarYearSchema>;

/** One exception to "Monday–Friday work, weekends rest". */
export const calendarDaySchema = z
  .object({
    day: dateSchema,
    isWorkingDay: z.boolean(),
    kind: calendarDayKindSchema,
    name: z.string().nullable(),
  })
  .meta({ id: 'CalendarDay' });
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const calendarDaysSchema = z.object({ year: z.number().int(), days: z.array(calendarDaySchema) });
export type CalendarDays = z.infer<typeof calendarDaysSchema>;

/** At most this many working days forwards or backwards in one computation (about four years). */
export const MAX_WORKING_DAYS = 1000;

export const addWorkingDaysQuerySchema = z
  .object({
    from: dateSchema,
    days: queryInt({ min: -MAX_WORKING_DAYS, max: MAX_WORKING_DAYS }),
  })
  .strict();
export type AddWorkingDaysQuery = z.infer<typeof addWorkingDaysQuerySchema>;
/** `provisional`: the count ran through a year whose holiday schedule is not entered yet (暂定). */
export const addWorkingDaysResultSchema = z.object({ date: dateSchema, provisional: z.boolean() });

export const workingDaysBetweenQuerySchema = z.object({ from: dateSchema, to: dateSchema }).strict();
export type WorkingDaysBetweenQuery = z.infer<typeof workingDaysBetweenQuerySchema>;
export const workingDaysBetweenResultSchema = z.object({ days: z.number().int(), provisional: z.boolean() });

export const calendarDaysQuerySchema = z.object({ year: queryInt().pipe(calendarYearNumberSchema) }).strict();
export const calendarDayParamsSchema = z.object({ day: dateSchema }).strict();

/** An administrator's override of one day. */
export const setCalendarDaySchema = z.object({ isWorkingDay: z.boolean(), name: optionalText(50) }).strict();
export type SetCalendarDayInput = z.infer<typeof setCalendarDaySchema>;

/**
 * A year's official schedule in one step, as the State Council's notice lists it: the holiday
 * ranges (放假) and the adjusted workdays (调休上班). Dates may fall in the neighbouring years'
 * edges (元旦 from 31 December).
 */
const holidayName = text().trim().min(1).max(30);
export const calendarScheduleSchema = z
  .object({
    year: calendarYearNumberSchema,
    holidays: z
      .array(z.object({ name: holidayName, startDate: dateSchema, endDate: dateSchema }).strict())
      .min(1)
      .max(30),
    workdays: z.array(z.object({ date: dateSchema, name: holidayName.nullish() }).strict()).max(30),
  })
  .strict();
export type CalendarSchedule = z.infer<typeof calendarScheduleSchema>;
/** The schedule of the year named in the path. */
export const setCalendarScheduleSchema = calendarScheduleSchema.omit({ year: true });
export type SetCalendarScheduleInput = z.infer<typeof setCalendarScheduleSchema>;
export const calendarYearParamsSchema = z
  .object({ year: z.coerce.number().pipe(calendarYearNumberSchema) })
  .strict();

/** What entering a schedule did: the year's exceptions now, and how many deadlines were recomputed. */
export const calendarScheduleResultSchema = calendarDaysSchema.extend({
  source: calendarSourceSchema,
  recomputed: z.number().int(),
});

/** The notice's text, pasted, for Zeren to read and show for confirmation. */
export const parseNoticeSchema = z.object({ text: text().min(1).max(20_000) }).strict();

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
    auditEvent('calendar.schedule_set', 'calendar_year', {
      before: z.object({ source: z.string(), days: z.number().int() }).strict().nullable(),
      after: z
        .object({
          year: z.number().int(),
          source: z.string(),
          holidays: z.array(z.string()),
          workdays: z.array(z.string()),
          recomputed: z.number().int(),
        })
        .strict(),
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
      summary: 'The years the calendar knows, and the provisional one',
      access: { signedIn: true },
      response: { 200: calendarYearsSchema },
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
      summary: "Override one day (an administrator's correction); the city's calendar: data scope all only",
      access: { permission: 'calendar.manage', scope: 'all' },
      params: calendarDayParamsSchema,
      body: setCalendarDaySchema,
      response: { 200: calendarDaySchema },
    },
    setCalendarSchedule: {
      method: 'PUT',
      path: '/api/calendar/years/:year/schedule',
      tags: ['calendar'],
      summary:
        "Enter a year's holiday schedule (holiday ranges and adjusted workdays) in one step; deadlines computed on working days are recomputed",
      access: { permission: 'calendar.manage', scope: 'all' },
      params: calendarYearParamsSchema,
      body: setCalendarScheduleSchema,
      response: { 200: calendarScheduleResultSchema },
    },
    parseCalendarNotice: {
      method: 'POST',
      path: '/api/calendar/notice',
      tags: ['calendar'],
      summary:
        "Read the State Council's holiday notice (pasted text) into a schedule to confirm; changes nothing",
      access: { permission: 'calendar.manage', scope: 'all' },
      body: parseNoticeSchema,
      response: { 200: calendarScheduleSchema },
    },
  }),
});
