import { z } from 'zod';

/**
 * Typed audit events. Each module declares the events it writes with the builders below; the
 * registry joins them into one discriminated union on `action`, so a service can only write an
 * event whose record type and payload match its action, and the server checks it again at run
 * time before the event is chained.
 *
 * Payload values are stored as JSON (dates as ISO strings, personal data masked), which is what
 * the shapes describe.
 */

type Shape = z.ZodRawShape;

const envelope = {
  recordId: z.string().max(200).nullish(),
  unitId: z.uuid().nullish(),
};

/** An event with explicit before/after payload schemas (null when absent). */
export function auditEvent<
  const A extends string,
  const R extends string,
  B extends z.ZodType = z.ZodOptional<z.ZodNull>,
  F extends z.ZodType = z.ZodOptional<z.ZodNull>,
>(action: A, recordType: R, payload: { before?: B; after?: F } = {}) {
  return z
    .object({
      action: z.literal(action),
      recordType: z.literal(recordType),
      ...envelope,
      before: (payload.before ?? z.null().optional()) as B,
      after: (payload.after ?? z.null().optional()) as F,
    })
    .strict();
}

/** A record created: `after` is its audited shape (fields a creation does not set may be absent). */
export const createdEvent = <const A extends string, const R extends string, S extends Shape>(
  action: A,
  recordType: R,
  shape: S,
) => auditEvent(action, recordType, { after: z.object(shape).partial().strict() });

/** A record edited: only the fields that changed, before and after. */
export const updatedEvent = <const A extends string, const R extends string, S extends Shape>(
  action: A,
  recordType: R,
  shape: S,
) =>
  auditEvent(action, recordType, {
    before: z.object(shape).partial().strict(),
    after: z.object(shape).partial().strict(),
  });

/** A record deleted: `before` is what it was. */
export const deletedEvent = <const A extends string, const R extends string, S extends Shape>(
  action: A,
  recordType: R,
  shape: S,
) => auditEvent(action, recordType, { before: z.object(shape).partial().strict() });

/** A view of protected data (personal data, the log itself): who looked, nothing changed. */
export const viewedEvent = <const A extends string, const R extends string>(action: A, recordType: R) =>
  auditEvent(action, recordType, { after: z.record(z.string(), z.unknown()).nullish() });

/**
 * A step of a status machine: the status before and after, the reason or opinion given, and
 * whatever else the step changed (`extra`).
 */
export const transitionEvent = <
  const A extends string,
  const R extends string,
  S extends Shape = Record<never, never>,
>(
  action: A,
  recordType: R,
  extra: S = {} as S,
) =>
  auditEvent(action, recordType, {
    before: z
      .object({ status: z.string(), ...extra })
      .partial()
      .strict(),
    after: z
      .object({ status: z.string(), reason: z.string().nullish(), opinion: z.string().nullish(), ...extra })
      .partial()
      .strict(),
  });

/** Common field types of audit shapes. */
export const auditField = {
  text: z.string().nullable(),
  id: z.string().nullable(),
  ids: z.array(z.string()),
  int: z.number().int().nullable(),
  bool: z.boolean(),
  /** A time or date (a Date is stored as its ISO string). */
  date: z.union([z.string(), z.date()]).nullable(),
  any: z.unknown(),
};

/** What the audit log stores of one event, as the audit administrator and record histories read it. */
export const auditEventSchema = z
  .object({
    id: z.uuid(),
    seq: z.number().int(),
    occurredAt: z.string(),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    recordType: z.string(),
    recordId: z.string().nullable(),
    unitId: z.uuid().nullable(),
    ip: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;
