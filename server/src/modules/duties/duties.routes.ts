import {
  createDutyItemSchema,
  dutyExportQuerySchema,
  dutyImportQuerySchema,
  dutyImportResultSchema,
  dutyImportTemplateQuerySchema,
  dutyItemDetailSchema,
  dutyItemListQuerySchema,
  dutyItemSchema,
  dutyItemTransitionSchema,
  idParamsSchema,
  listOf,
  okSchema,
  updateDutyDraftSchema,
} from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { multipartFileBody, readUpload } from '../../platform/files/upload';
import { problem, sendProblem } from '../../platform/http';
import { dutiesPortalRoutes } from './duties.portal.routes';
import * as duties from './duties.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A binary .xlsx download, documented as such in the OpenAPI description. */
const xlsxResponse = {
  200: {
    description: 'An Excel workbook',
    content: { [XLSX]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
  },
};

/** An ASCII download name (the Chinese one follows in filename*). */
function xlsxDisposition(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const dutiesRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(dutiesPortalRoutes);

  app.get(
    '/api/duty-items',
    {
      config: { access: { permission: 'duties.item.read' } },
      schema: {
        tags: ['duties'],
        summary: "Power and responsibility list items in the caller's scope",
        querystring: dutyItemListQuerySchema,
        response: { 200: listOf(dutyItemSchema) },
      },
    },
    async (req) => ({ items: await duties.listItems(req.ctx, req.query) }),
  );
  app.get(
    '/api/duty-items/approval-queue',
    {
      config: { access: { permission: 'duties.item.approve' } },
      schema: {
        tags: ['duties'],
        summary: 'Items whose latest version awaits approval',
        response: { 200: listOf(dutyItemSchema) },
      },
    },
    async (req) => ({ items: await duties.approvalQueue(req.ctx) }),
  );
  app.get(
    '/api/duty-items/import-template',
    {
      config: { access: { permission: 'duties.item.draft' } },
      schema: {
        tags: ['duties'],
        summary: 'The Excel import template (.xlsx)',
        querystring: dutyImportTemplateQuerySchema,
        response: xlsxResponse,
      },
    },
    async (req, reply) =>
      reply
        .type(XLSX)
        .header(
          'Content-Disposition',
          xlsxDisposition(
            `${req.query.kind}-list-template.xlsx`,
            `${req.query.kind === 'power' ? '权力清单' : '责任清单'}导入模板.xlsx`,
          ),
        )
        .send(await duties.importTemplate(req.ctx, req.query.kind)),
  );
  app.post(
    '/api/duty-items/import',
    {
      config: { access: { permission: 'duties.item.draft' } },
      schema: {
        tags: ['duties'],
        summary: 'Import an .xlsx as drafts (mode=all: any bad row rejects the file, 422 with `rejected`)',
        consumes: ['multipart/form-data'],
        querystring: dutyImportQuerySchema,
        body: multipartFileBody,
        response: { 200: dutyImportResultSchema },
      },
    },
    async (req, reply) => {
      const upload = await readUpload(req);
      try {
        return await duties.importItems(req.ctx, req.query, upload.bytes);
      } catch (error) {
        if (!(error instanceof duties.ImportRejectedError)) throw error;
        // The problem body keeps the one error model and carries the per-row report.
        const body = {
          ...problem(req.locale, error.code, error.status, error.params),
          rejected: error.rejected,
        };
        return sendProblem(reply, body);
      }
    },
  );
  app.get(
    '/api/duty-items/export',
    {
      config: { access: { permission: 'duties.item.read' } },
      schema: {
        tags: ['duties'],
        summary: 'The items the caller may see, as .xlsx (audited)',
        querystring: dutyExportQuerySchema,
        response: xlsxResponse,
      },
    },
    async (req, reply) =>
      reply
        .type(XLSX)
        .header('Content-Disposition', xlsxDisposition('duty-items.xlsx', '权责清单.xlsx'))
        .send(await duties.exportItems(req.ctx, req.query)),
  );
  app.get(
    '/api/duty-items/:id',
    {
      config: { access: { permission: 'duties.item.read' } },
      schema: {
        tags: ['duties'],
        summary: 'One item with all its versions',
        params: idParamsSchema,
        response: { 200: dutyItemDetailSchema },
      },
    },
    (req) => duties.getItem(req.ctx, req.params.id),
  );
  app.post(
    '/api/duty-items',
    {
      config: { access: { permission: 'duties.item.draft' } },
      schema: {
        tags: ['duties'],
        summary: 'Draft a new item (version 1)',
        body: createDutyItemSchema,
        response: { 201: dutyItemSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await duties.createItem(req.ctx, req.body)),
  );
  app.patch(
    '/api/duty-items/:id/draft',
    {
      config: { access: { permission: 'duties.item.draft' } },
      schema: {
        tags: ['duties'],
        summary: 'Edit the open draft or returned version (409 VERSION_IMMUTABLE when none)',
        params: idParamsSchema,
        body: updateDutyDraftSchema,
        response: { 200: dutyItemSchema },
      },
    },
    (req) => duties.updateDraft(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/duty-items/:id/versions',
    {
      config: { access: { permission: 'duties.item.draft' } },
      schema: {
        tags: ['duties'],
        summary: 'Start a new draft version from the published one',
        params: idParamsSchema,
        response: { 201: dutyItemSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await duties.startNewVersion(req.ctx, req.params.id)),
  );
  app.post(
    '/api/duty-items/:id/transitions',
    {
      // submit/withdraw need duties.item.draft, approve/return duties.item.approve: checked per action.
      config: { access: { permission: 'duties.item.read' } },
      schema: {
        tags: ['duties'],
        summary: 'Submit, withdraw, approve (publish) or return (with a reason) the open version',
        params: idParamsSchema,
        body: dutyItemTransitionSchema,
        response: { 200: dutyItemSchema },
      },
    },
    (req) => duties.transitionItem(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/duty-items/:id/draft',
    {
      config: { access: { permission: 'duties.item.draft' } },
      schema: {
        tags: ['duties'],
        summary: 'Delete the open draft (and the item when it was never published)',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await duties.deleteDraft(req.ctx, req.params.id);
      return { ok: true as const };
    },
  );
};
