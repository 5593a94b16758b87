import { boolean, date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Years the calendar knows. A deadline computed into a year not listed here is refused:
 * the State Council publishes each year's schedule late in the previous year.
 */
export const calendarYear = pgTable('calendar_year', {
  year: integer('year').primaryKey(),
  source: text('source', { enum: ['chinese-days', 'notice', 'admin'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Only the exceptions to "Monday–Friday work, weekends rest": public holidays that fall on
 * weekdays and adjusted weekend workdays (调休), plus the administrator's overrides.
 */
export const calendarDay = pgTable('calendar_day', {
  day: date('day', { mode: 'string' }).primaryKey(),
  isWorkingDay: boolean('is_working_day').notNull(),
  /** holiday | adjusted_workday, as published; override when an administrator changed it. */
  kind: text('kind', { enum: ['holiday', 'adjusted_workday', 'override'] }).notNull(),
  name: text('name'),
  source: text('source', { enum: ['chinese-days', 'admin'] }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
