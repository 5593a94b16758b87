import {
  addCalendarYearSchema,
  addWorkingDaysQuerySchema,
  addWorkingDaysResultSchema,
  calendarDayParamsSchema,
  calendarDaySchema,
  calendarDaysQuerySchema,
  calendarDaysSchema,
  calendarYearSchema,
  listOf,
  setCalendarDaySchema,
  workingDaysBetweenQuerySchema,
  workingDaysBetweenResultSchema,
} from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as calendar from './calendar.service';

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/calendar/working-days/add',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['calendar'],
        summary: 'The date N working days after a date, counting from the next day',
        querystring: addWorkingDaysQuerySchema,
        response: { 200: addWorkingDaysResultSchema },
      },
    },
    async (req) => ({ date: await calendar.addWorkingDays(req.ctx.db, req.query.from, req.query.days) }),
  );
  app.get(
    '/api/calendar/working-days/between',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['calendar'],
        summary: 'Working days after `from` up to and including `to`',
        querystring: workingDaysBetweenQuerySchema,
        response: { 200: workingDaysBetweenResultSchema },
      },
    },
    async (req) => ({ days: await calendar.workingDaysBetween(req.ctx.db, req.query.from, req.query.to) }),
  );
  app.get(
    '/api/calendar/years',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['calendar'],
        summary: 'The years the calendar knows',
        response: { 200: listOf(calendarYearSchema) },
      },
    },
    async (req) => ({ items: await calendar.listYears(req.ctx) }),
  );
  app.get(
    '/api/calendar/days',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['calendar'],
        summary: "A year's exceptions to Monday–Friday",
        querystring: calendarDaysQuerySchema,
        response: { 200: calendarDaysSchema },
      },
    },
    (req) => calendar.listDays(req.ctx, req.query.year),
  );
  app.put(
    '/api/calendar/days/:day',
    {
      config: { access: { permission: 'calendar.manage' } },
      schema: {
        tags: ['calendar'],
        summary: "Override one day (an administrator's correction)",
        params: calendarDayParamsSchema,
        body: setCalendarDaySchema,
        response: { 200: calendarDaySchema },
      },
    },
    (req) => calendar.setDay(req.ctx, req.params.day, req.body),
  );
  app.post(
    '/api/calendar/years',
    {
      config: { access: { permission: 'calendar.manage' } },
      schema: {
        tags: ['calendar'],
        summary: 'Add a year the administrator will fill',
        body: addCalendarYearSchema,
        response: { 201: calendarYearSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await calendar.addYear(req.ctx, req.body)),
  );
};
