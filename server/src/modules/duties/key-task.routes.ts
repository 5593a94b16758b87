import {
  createKeyTaskSchema,
  idParamsSchema,
  keyTaskDetailSchema,
  keyTaskListQuerySchema,
  keyTaskProgressSchema,
  keyTaskSchema,
  listOf,
  okSchema,
  reportKeyTaskProgressSchema,
  updateKeyTaskSchema,
} from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as keyTasks from './key-task.service';

export const keyTaskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/key-tasks',
    {
      config: { access: { permission: 'duties.keyTask.read' } },
      schema: {
        tags: ['duties'],
        summary: "Key tasks (三个清单) in the caller's scope, with derived status",
        querystring: keyTaskListQuerySchema,
        response: { 200: listOf(keyTaskSchema) },
      },
    },
    async (req) => ({ items: await keyTasks.listKeyTasks(req.ctx, req.query) }),
  );
  app.get(
    '/api/key-tasks/:id',
    {
      config: { access: { permission: 'duties.keyTask.read' } },
      schema: {
        tags: ['duties'],
        summary: 'One key task with its sub-tasks and progress updates',
        params: idParamsSchema,
        response: { 200: keyTaskDetailSchema },
      },
    },
    (req) => keyTasks.getKeyTask(req.ctx, req.params.id),
  );
  app.post(
    '/api/key-tasks',
    {
      config: { access: { permission: 'duties.keyTask.manage' } },
      schema: {
        tags: ['duties'],
        summary: 'Create a key task (responsible persons of the same unit)',
        body: createKeyTaskSchema,
        response: { 201: keyTaskSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await keyTasks.createKeyTask(req.ctx, req.body)),
  );
  app.patch(
    '/api/key-tasks/:id',
    {
      config: { access: { permission: 'duties.keyTask.manage' } },
      schema: {
        tags: ['duties'],
        summary: 'Edit a key task',
        params: idParamsSchema,
        body: updateKeyTaskSchema,
        response: { 200: keyTaskSchema },
      },
    },
    (req) => keyTasks.updateKeyTask(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/key-tasks/:id',
    {
      config: { access: { permission: 'duties.keyTask.manage' } },
      schema: {
        tags: ['duties'],
        summary: 'Delete a key task without sub-tasks',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await keyTasks.deleteKeyTask(req.ctx, req.params.id);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/key-tasks/:id/progress',
    {
      config: { access: { permission: 'duties.keyTask.report' } },
      schema: {
        tags: ['duties'],
        summary: 'Report progress with a note and evidence files',
        params: idParamsSchema,
        body: reportKeyTaskProgressSchema,
        response: { 201: keyTaskProgressSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await keyTasks.reportProgress(req.ctx, req.params.id, req.body)),
  );
};
