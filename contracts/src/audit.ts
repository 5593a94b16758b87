import { z } from 'zod';

/** Every kind of audit event. Adding a module adds its actions here. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.account_locked',
  'session.revoked',
  'unit.created',
  'unit.updated',
  'unit.moved',
  'unit.deleted',
  'person.created',
  'person.updated',
  'person.deleted',
  'person.viewed',
  'account.created',
  'account.updated',
  'account.preferences_updated',
  'audit.viewed',
  'demo.seeded',
  'campaign.created',
  'campaign.updated',
  'campaign.cloned',
  'campaign.status_changed',
  'campaign.domain_created',
  'campaign.domain_updated',
  'campaign.domain_deleted',
  'calendar.year_added',
  'calendar.day_set',
  'duty_item.drafted',
  'duty_item.updated',
  'duty_item.submitted',
  'duty_item.returned',
  'duty_item.published',
  'duty_item.draft_deleted',
  'duty_item.imported',
  'duty_item.exported',
  'key_task.created',
  'key_task.updated',
  'key_task.deleted',
  'key_task.progress_reported',
  'suggestion.submitted',
  'suggestion.answered',
  'suggestion.published',
  'suggestion.unpublished',
  'suggestion.closed',
  'suggestion.viewed',
  'file.uploaded',
  'file.downloaded',
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEventSchema = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  occurredAt: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: auditActionSchema,
  recordType: z.string(),
  recordId: z.string().nullable(),
  unitId: z.uuid().nullable(),
  ip: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListQuerySchema = z
  .object({
    action: auditActionSchema.optional(),
    recordType: z.string().max(50).optional(),
    recordId: z.string().max(100).optional(),
    actorId: z.uuid().optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    beforeSeq: z.coerce.number().int().min(1).optional(),
  })
  .strict();
