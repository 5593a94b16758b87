import type { FastifyInstance } from 'fastify';
import { route } from '../routes';
import * as calendar from './calendar.service';

/** The working-day calendar: everyone signed in computes with it; the administrator keeps it. */
export function calendarRoutes(app: FastifyInstance): void {
  route(app, 'addWorkingDays', async (req) => ({
    date: await calendar.addWorkingDays(req.ctx.db, req.query.from, req.query.days),
  }));
  route(app, 'workingDaysBetween', async (req) => ({
    days: await calendar.workingDaysBetween(req.ctx.db, req.query.from, req.query.to),
  }));
  route(app, 'listCalendarYears', async (req) => ({ items: await calendar.listYears(req.ctx) }));
  route(app, 'getCalendarDays', (req) => calendar.listDays(req.ctx, req.query.year));
  route(app, 'setCalendarDay', (req) => calendar.setDay(req.ctx, req.params.day, req.body));
  route(app, 'addCalendarYear', (req) => calendar.addYear(req.ctx, req.body));
}
