import type { FastifyInstance } from 'fastify';
import { route } from '../routes';
import { contentDisposition } from './file-type';
import * as files from './files.service';
import { readUpload } from './upload';

/** Uploading evidence files and downloading them within the scope of what they are attached to. */
export function fileRoutes(app: FastifyInstance): void {
  route(app, 'uploadFile', async (req) => {
    const upload = await readUpload(req as never);
    return files.uploadFile(req.ctx, { unitId: req.query.unitId, ...upload });
  });
  route(app, 'downloadFile', async (req, reply) => {
    const file = await files.downloadFile(req.ctx, req.params.id);
    return reply
      .header('Content-Type', file.mimeType)
      .header('Content-Disposition', contentDisposition(file.filename))
      .header('Cache-Control', 'private, no-store')
      .send(file.bytes);
  });
}
