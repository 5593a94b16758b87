import { z } from 'zod';
import { auditEvent, auditEventSchema, viewedEvent } from './core/audit';
import { queryInt, text } from './core/common';
import { defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';

/** An audit action name as stored: `module.verb`. */
const actionName = text()
  .max(80)
  .regex(/^[a-z_]+\.[a-z_]+$/);
/** A record type name as stored: snake_case. */
export const recordTypeSchema = text()
  .max(50)
  .regex(/^[a-z][a-z_]*$/);

export const auditListQuerySchema = z
  .object({
    action: actionName.optional(),
    recordType: recordTypeSchema.optional(),
    recordId: text().max(100).optional(),
    actorId: z.uuid().optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    limit: queryInt({ min: 1, max: 500 }).default(100),
    beforeSeq: queryInt({ min: 1 }).optional(),
  })
  .strict();

export const auditEventListSchema = z.object({
  items: z.array(auditEventSchema),
  nextBeforeSeq: z.number().int().nullable(),
});

export const AUDIT_VERIFY_REASONS = [
  'hash_mismatch',
  'reordered',
  'broken_link',
  'gap',
  'unkeyed_after_keyed',
  'truncated',
  'head_missing',
  'head_invalid',
  'head_mismatch',
  'checkpoint_signature',
  'checkpoint_mismatch',
] as const;
export type AuditVerifyReason = (typeof AUDIT_VERIFY_REASONS)[number];
export const auditVerifyResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first position that does not hold; `id` is null when the event there is missing. */
  firstBad: z
    .object({
      seq: z.number().int(),
      id: z.string().nullable(),
      reason: z.enum(AUDIT_VERIFY_REASONS),
      detail: z.string().optional(),
    })
    .optional(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResultSchema>;

// ---------------------------------------------------------------- record history

/** One change of a record, as the people who work on it read it (no addresses, no hashes). */
export const historyEntrySchema = z
  .object({
    seq: z.number().int(),
    occurredAt: z.string(),
    actorName: z.string().nullable(),
    action: z.string(),
    recordType: z.string(),
    recordId: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyParamsSchema = z.object({ recordType: recordTypeSchema, id: z.uuid() }).strict();

/** The audit administrator's log, and every record's history for those who may read the record. */
export const auditLogContract = defineModuleContract({
  name: 'audit',
  permissions: ['audit.read'],
  grants: { audit_admin: ['audit.read'] },
  records: {},
  auditEvents: [
    viewedEvent('audit.viewed', 'audit_event'),
    viewedEvent('history.viewed', 'history'),
    // The chain of an install from before keying is sealed by its first keyed event.
    auditEvent('audit.chain_keyed', 'audit_event', {
      after: z.object({ legacySeq: z.number().int(), legacyHash: z.string() }).strict(),
    }),
  ],
  errors: {},
  routes: defineRoutes({
    listAuditEvents: {
      method: 'GET',
      path: '/api/audit-events',
      tags: ['audit'],
      summary: 'Audit events, newest first (keyset pagination by beforeSeq); the viewing is logged',
      access: { permission: 'audit.read' },
      query: auditListQuerySchema,
      response: { 200: auditEventListSchema },
    },
    verifyAuditLog: {
      method: 'POST',
      path: '/api/audit-events/verify',
      tags: ['audit'],
      summary: 'Walk the hash chain and report the first event that does not match',
      access: { permission: 'audit.read' },
      response: { 200: auditVerifyResultSchema },
    },
    getRecordHistory: {
      method: 'GET',
      path: '/api/history/:recordType/:id',
      tags: ['audit'],
      summary: "A record's changes (who, when, what), for whoever may read the record",
      access: { signedIn: true },
      params: historyParamsSchema,
      response: { 200: z.object({ items: z.array(historyEntrySchema) }) },
    },
  }),
});
