import { z } from 'zod';
import { auditEvent, auditField, transitionEvent } from './audit';
import { dateSchema, idSchema, text } from './common';
import { defineWorkflow } from './workflow';

/**
 * 延期申请: a deadline set by a superior unit is changed only by that unit; the responsible unit
 * asks for more time with a reason, and the superior approves (the due date moves, and the move
 * shows in the record's history) or refuses. One mechanism for every record with such a deadline
 * (key tasks, supervision items); each module names its own permissions and audit events.
 */
export const EXTENSION_STATUSES = ['requested', 'approved', 'refused'] as const;
export const extensionStatusSchema = z.enum(EXTENSION_STATUSES);
export type ExtensionStatus = z.infer<typeof extensionStatusSchema>;

/** An extension request as the people on the record see it. */
export const extensionRequestSchema = z
  .object({
    id: idSchema,
    status: extensionStatusSchema,
    currentDueDate: dateSchema,
    requestedDueDate: dateSchema,
    reason: z.string(),
    requestedByName: z.string().nullable(),
    requestedAt: z.string(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    /** The decider's opinion (审核意见); the reason when refused. */
    opinion: z.string().nullable(),
  })
  .meta({ id: 'ExtensionRequest' });
export type ExtensionRequest = z.infer<typeof extensionRequestSchema>;

/** Longest extension a request may ask for in one go, in working days. */
export const MAX_EXTENSION_WORKING_DAYS = 250;

/** The new deadline as a date, or as a number of working days after the current one. */
export const requestExtensionSchema = z
  .object({
    dueDate: dateSchema.optional(),
    workingDays: z.number().int().min(1).max(MAX_EXTENSION_WORKING_DAYS).optional(),
    reason: text().trim().min(1).max(1000),
  })
  .strict()
  .refine((v) => (v.dueDate === undefined) !== (v.workingDays === undefined), {
    message: 'exactly one of dueDate and workingDays',
    path: ['dueDate'],
  });
export type RequestExtensionInput = z.infer<typeof requestExtensionSchema>;

/** The decision workflow of a module's extension requests. */
export function extensionWorkflow<
  const T extends string,
  const P extends string,
  const A extends string,
>(options: { recordType: T; permission: P; approved: A; refused: A }) {
  return defineWorkflow({
    recordType: options.recordType,
    states: EXTENSION_STATUSES,
    actions: {
      approve: {
        from: ['requested'],
        to: 'approved',
        permission: options.permission,
        audit: options.approved,
        input: { field: 'opinion', required: false },
      },
      refuse: {
        from: ['requested'],
        to: 'refused',
        permission: options.permission,
        audit: options.refused,
        input: { field: 'reason', required: true },
      },
    },
  });
}

const extensionShape = {
  /** The record whose deadline it is (its history shows the request). */
  subjectId: auditField.id,
  dueDate: auditField.date,
  requestedDueDate: auditField.date,
  provisional: z.boolean(),
};

/** The audit events of one module's extension requests: requested, approved, refused. */
export function extensionEvents<
  const R extends string,
  const Req extends string,
  const Ap extends string,
  const Re extends string,
>(recordType: R, actions: { requested: Req; approved: Ap; refused: Re }) {
  return [
    auditEvent(actions.requested, recordType, {
      after: z
        .object({ ...extensionShape, status: z.string(), reason: z.string() })
        .partial()
        .strict(),
    }),
    transitionEvent(actions.approved, recordType, extensionShape),
    transitionEvent(actions.refused, recordType, extensionShape),
  ] as const;
}
