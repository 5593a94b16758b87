import { type AuditAction, auditEventSchema, auditListQuerySchema } from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, type ServiceContext } from '../context';
import { type AuditFilter, listAuditEvents } from './audit.repository';
import { verifyAuditChain } from './audit.service';

/** Lists events for the audit administrator; reading the log is itself logged. */
async function browseAuditLog(ctx: ServiceContext, filter: AuditFilter) {
  return inTransaction(ctx, async (tx) => {
    const rows = await listAuditEvents(tx.tx, filter);
    await tx.audit({ action: 'audit.viewed', recordType: 'audit_event', after: { filter: { ...filter } } });
    return rows;
  });
}

const verifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBad: z
    .object({
      seq: z.number().int(),
      id: z.string(),
      reason: z.enum(['hash_mismatch', 'broken_link', 'gap']),
    })
    .optional(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit-events',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'Audit events, newest first (keyset pagination by beforeSeq)',
        querystring: auditListQuerySchema,
        response: {
          200: z.object({ items: z.array(auditEventSchema), nextBeforeSeq: z.number().int().nullable() }),
        },
      },
    },
    async (req) => {
      const q = req.query;
      const rows = await browseAuditLog(req.ctx, {
        ...q,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
      });
      return {
        items: rows.map((r) => ({
          id: r.id,
          seq: r.seq,
          occurredAt: r.occurredAt.toISOString(),
          actorId: r.actorId,
          actorName: r.actorName,
          action: r.action as AuditAction,
          recordType: r.recordType,
          recordId: r.recordId,
          unitId: r.unitId,
          ip: r.ip,
          before: (r.before as Record<string, unknown> | null) ?? null,
          after: (r.after as Record<string, unknown> | null) ?? null,
          hash: r.hash,
        })),
        nextBeforeSeq: rows.length === q.limit ? rows[rows.length - 1]!.seq : null,
      };
    },
  );
  app.post(
    '/api/audit-events/verify',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'Walk the SM3 hash chain and report the first event that does not match',
        response: { 200: verifySchema },
      },
    },
    (req) => verifyAuditChain(req.ctx.db),
  );
};
