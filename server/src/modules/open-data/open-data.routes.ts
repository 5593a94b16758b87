import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { CSV_MEDIA_TYPE } from '@zeren/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ServiceContext } from '../../platform/context';
import { route } from '../../platform/routes';
import {
  type OpenDataFormat,
  openDataCatalogue,
  openDataDownload,
  publicProgress,
} from './open-data.service';

/**
 * Published data changes a few times a day: caches may keep it five minutes, then revalidate
 * with the ETag. Public routes: the platform's default rate limit, no audit event.
 */
const CACHE = 'public, max-age=300';

const MEDIA: Record<OpenDataFormat, string> = {
  csv: `${CSV_MEDIA_TYPE}; charset=utf-8`,
  json: 'application/json; charset=utf-8',
};

async function download(
  req: { ctx: ServiceContext; headers: IncomingHttpHeaders },
  dataset: string,
  format: OpenDataFormat,
  reply: FastifyReply,
) {
  const { etag, body } = await openDataDownload(req.ctx, dataset, format);
  reply.header('Cache-Control', CACHE).header('ETag', etag);
  const match = req.headers['if-none-match'];
  if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
    return reply.status(304).send();
  return reply
    .type(MEDIA[format])
    .header('Content-Disposition', `inline; filename="${dataset}.${format}"`)
    .send(Readable.from(body()));
}

/** 数据公开: the catalogue, each dataset as CSV and JSON, and the campaign's public figures. */
export function openDataRoutes(app: FastifyInstance): void {
  route(app, 'getOpenDataCatalogue', async (req, reply) => {
    reply.header('Cache-Control', CACHE);
    return openDataCatalogue(req.ctx);
  });
  route(app, 'downloadOpenDatasetCsv', (req, reply) => download(req, req.params.dataset, 'csv', reply));
  route(app, 'downloadOpenDatasetJson', (req, reply) => download(req, req.params.dataset, 'json', reply));
  route(app, 'getPublicProgress', async (req, reply) => {
    reply.header('Cache-Control', CACHE);
    return publicProgress(req.ctx);
  });
}
