import {
  accountSchema,
  createAccountSchema,
  createPersonSchema,
  createUnitSchema,
  idParamsSchema,
  listOf,
  moveUnitSchema,
  okSchema,
  personListQuerySchema,
  personSchema,
  unitListQuerySchema,
  unitSchema,
  updateAccountSchema,
  updatePersonSchema,
  updateUnitSchema,
} from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as org from './org.service';

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  // ---- units
  app.get(
    '/api/units',
    {
      config: { access: { permission: 'org.unit.read' } },
      schema: {
        tags: ['org'],
        summary: "Units in the caller's scope, in tree order",
        querystring: unitListQuerySchema,
        response: { 200: listOf(unitSchema) },
      },
    },
    async (req) => ({ items: await org.listUnits(req.ctx, req.query) }),
  );
  app.get(
    '/api/units/:id',
    {
      config: { access: { permission: 'org.unit.read' } },
      schema: { tags: ['org'], summary: 'One unit', params: idParamsSchema, response: { 200: unitSchema } },
    },
    (req) => org.getUnit(req.ctx, req.params.id),
  );
  app.post(
    '/api/units',
    {
      config: { access: { permission: 'org.unit.write' } },
      schema: { tags: ['org'], summary: 'Add a unit', body: createUnitSchema, response: { 201: unitSchema } },
    },
    async (req, reply) => reply.status(201).send(await org.createUnit(req.ctx, req.body)),
  );
  app.patch(
    '/api/units/:id',
    {
      config: { access: { permission: 'org.unit.write' } },
      schema: {
        tags: ['org'],
        summary: "Edit a unit's fields",
        params: idParamsSchema,
        body: updateUnitSchema,
        response: { 200: unitSchema },
      },
    },
    (req) => org.updateUnit(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/units/:id/move',
    {
      config: { access: { permission: 'org.unit.write' } },
      schema: {
        tags: ['org'],
        summary: 'Move a unit and its subtree under another parent',
        params: idParamsSchema,
        body: moveUnitSchema,
        response: { 200: unitSchema },
      },
    },
    (req) => org.moveUnit(req.ctx, req.params.id, req.body.parentId),
  );
  app.delete(
    '/api/units/:id',
    {
      config: { access: { permission: 'org.unit.write' } },
      schema: {
        tags: ['org'],
        summary: 'Delete a unit without children or records',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await org.deleteUnit(req.ctx, req.params.id);
      return { ok: true as const };
    },
  );

  // ---- persons
  app.get(
    '/api/persons',
    {
      config: { access: { permission: 'org.person.read' } },
      schema: {
        tags: ['org'],
        summary: "Persons in the caller's scope (contact details masked)",
        querystring: personListQuerySchema,
        response: { 200: listOf(personSchema) },
      },
    },
    async (req) => ({ items: await org.listPersons(req.ctx, req.query) }),
  );
  app.get(
    '/api/persons/:id',
    {
      config: { access: { permission: 'org.person.read' } },
      schema: {
        tags: ['org'],
        summary: 'One person with contact details (the view is audited)',
        params: idParamsSchema,
        response: { 200: personSchema },
      },
    },
    (req) => org.viewPerson(req.ctx, req.params.id),
  );
  app.post(
    '/api/persons',
    {
      config: { access: { permission: 'org.person.write' } },
      schema: {
        tags: ['org'],
        summary: 'Add a person',
        body: createPersonSchema,
        response: { 201: personSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await org.createPerson(req.ctx, req.body)),
  );
  app.patch(
    '/api/persons/:id',
    {
      config: { access: { permission: 'org.person.write' } },
      schema: {
        tags: ['org'],
        summary: 'Edit a person',
        params: idParamsSchema,
        body: updatePersonSchema,
        response: { 200: personSchema },
      },
    },
    (req) => org.updatePerson(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/persons/:id',
    {
      config: { access: { permission: 'org.person.write' } },
      schema: {
        tags: ['org'],
        summary: 'Delete a person without an account',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await org.deletePerson(req.ctx, req.params.id);
      return { ok: true as const };
    },
  );

  // ---- accounts
  app.get(
    '/api/accounts',
    {
      config: { access: { permission: 'org.account.read' } },
      schema: {
        tags: ['org'],
        summary: "Accounts in the caller's scope",
        querystring: personListQuerySchema,
        response: { 200: listOf(accountSchema) },
      },
    },
    async (req) => ({ items: await org.listAccounts(req.ctx, req.query) }),
  );
  app.get(
    '/api/accounts/:id',
    {
      config: { access: { permission: 'org.account.read' } },
      schema: {
        tags: ['org'],
        summary: 'One account with its role assignments',
        params: idParamsSchema,
        response: { 200: accountSchema },
      },
    },
    (req) => org.getAccount(req.ctx, req.params.id),
  );
  app.post(
    '/api/accounts',
    {
      config: { access: { permission: 'org.account.write' } },
      schema: {
        tags: ['org'],
        summary: 'Create an account for a person',
        body: createAccountSchema,
        response: { 201: accountSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await org.createAccount(req.ctx, req.body)),
  );
  app.patch(
    '/api/accounts/:id',
    {
      config: { access: { permission: 'org.account.write' } },
      schema: {
        tags: ['org'],
        summary: 'Change roles, disable, reset password or unlock',
        params: idParamsSchema,
        body: updateAccountSchema,
        response: { 200: accountSchema },
      },
    },
    (req) => org.updateAccount(req.ctx, req.params.id, req.body),
  );
};
