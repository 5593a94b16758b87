import type { FastifyInstance } from 'fastify';
import { route } from '../routes';
import { verifyAuditChain } from './audit.service';
import { browseAuditLog } from './audit-log.service';
import { recordHistory } from './history.service';

/** The audit administrator's log, and every record's history. */
export function auditRoutes(app: FastifyInstance): void {
  route(app, 'listAuditEvents', (req) => browseAuditLog(req.ctx, req.query));
  route(app, 'verifyAuditLog', (req) => verifyAuditChain(req.ctx.db, req.ctx.auditKeys));
  route(app, 'getRecordHistory', async (req) => ({
    items: await recordHistory(req.ctx, req.params.recordType, req.params.id),
  }));
}
