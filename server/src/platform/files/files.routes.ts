import { fileUploadQuerySchema, idParamsSchema, storedFileSchema } from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from './file-type';
import * as files from './files.service';
import { multipartFileBody, readUpload } from './upload';

export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/files',
    {
      config: { access: { permission: 'file.upload' } },
      schema: {
        tags: ['files'],
        summary: 'Upload a file (multipart field `file`; pdf, images, office documents, txt; ≤ 20 MB)',
        consumes: ['multipart/form-data'],
        querystring: fileUploadQuerySchema,
        body: multipartFileBody,
        response: { 201: storedFileSchema },
      },
    },
    async (req, reply) => {
      const upload = await readUpload(req);
      return reply.status(201).send(await files.uploadFile(req.ctx, { unitId: req.query.unitId, ...upload }));
    },
  );
  app.get(
    '/api/files/:id',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['files'],
        summary: "A file's bytes, as an attachment (scope of the file's unit; audited)",
        params: idParamsSchema,
        response: {
          200: {
            description: 'The file, with its stored Content-Type',
            content: {
              'application/octet-stream': { schema: z.any().meta({ type: 'string', format: 'binary' }) },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const file = await files.downloadFile(req.ctx, req.params.id);
      return reply
        .header('Content-Type', file.mimeType)
        .header('Content-Disposition', contentDisposition(file.filename))
        .header('Cache-Control', 'private, no-store')
        .send(file.bytes);
    },
  );
};
