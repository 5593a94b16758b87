import type { FastifyInstance } from 'fastify';
import { route } from '../routes';
import * as calendar from './calendar.service';

/** The working-day calendar: everyone signed in computes with it; the administrator keeps it. */
export function calendarRoutes(app: FastifyInstance): void {
  route(app, 'addWorkingDays', (req) => calendar.addWorkingDays(req.ctx.db, req.query.from, req.query.days));
  route(app, 'workingDaysBetween', (req) =>
    calendar.workingDaysBetween(req.ctx.db, req.query.from, req.query.to),
  );
  route(app, 'listCalendarYears', (req) => calendar.listYears(req.ctx));
  route(app, 'getCalendarDays', (req) => calendar.listDays(req.ctx, req.query.year));
  route(app, 'setCalendarDay', (req) => calendar.setDay(req.ctx, req.params.day, req.body));
  route(app, 'setCalendarSchedule', (req) => calendar.setYearSchedule(req.ctx, req.params.year, req.body));
  route(app, 'parseCalendarNotice', async (req) => calendar.parseNotice(req.body.text));
}
