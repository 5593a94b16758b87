import type { FastifyInstance } from 'fastify';
import { route } from '../routes';
import { search } from './search.service';

/** Staff search; the sources are registered by the modules that own the records (ServerModule.search). */
export function searchRoutes(app: FastifyInstance): void {
  route(app, 'searchRecords', (req) => search(req.ctx, req.query));
}
