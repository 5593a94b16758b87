import type {
  AuditEventInput,
  ExtensionRequest,
  RecordType,
  RequestExtensionInput,
  Workflow,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { addWorkingDays, isWorkingDay } from '../calendar/calendar.service';
import { requireActor, type TxContext } from '../context';
import { AppError, fieldError } from '../errors';
import { defineRecord } from '../records';
import { applyTransition } from '../workflow';
import * as repo from './extension.repository';

/** The record whose deadline an extension request asks to move. */
export interface ExtensionSubject {
  type: string;
  id: string;
  /** The responsible unit, which asks. */
  unitId: string;
  /** The unit that set the deadline, which decides. */
  deciderUnitId: string;
  dueDate: string;
}

/** A module's extension requests as a record type: decided within the scope of the decider unit. */
export function defineExtensionRecord(type: RecordType, subjectType: string) {
  return defineRecord({ type, find: (db, id, scope) => repo.findExtension(db, subjectType, id, scope) });
}

export function presentExtension(
  r: Awaited<ReturnType<typeof repo.listExtensionsOf>>[number],
): ExtensionRequest {
  return {
    id: r.row.id,
    status: r.row.status,
    currentDueDate: r.row.currentDueDate,
    requestedDueDate: r.row.requestedDueDate,
    reason: r.row.reason,
    requestedByName: r.requestedByName,
    requestedAt: r.row.requestedAt.toISOString(),
    decidedByName: r.decidedByName,
    decidedAt: r.row.decidedAt?.toISOString() ?? null,
    opinion: r.row.opinion,
  };
}

/** A record's extension requests, newest first. */
export async function extensionsOf(
  db: DbOrTx,
  subjectType: string,
  subjectId: string,
): Promise<ExtensionRequest[]> {
  return (await repo.listExtensionsOf(db, subjectType, subjectId)).map(presentExtension);
}

/**
 * The responsible unit asks for a later deadline (a date, or N working days after the current
 * one) with a reason. One open request per record; the new date must be later than the current.
 */
export async function requestExtension(
  tx: TxContext,
  subject: ExtensionSubject,
  input: RequestExtensionInput,
  audit: { recordType: string; action: string },
): Promise<string> {
  const actor = requireActor(tx);
  if (await repo.findOpenExtension(tx.tx, subject.type, subject.id))
    throw new AppError('CONFLICT', {}, [{ path: 'dueDate', key: 'extension.already_open' }]);
  const requested =
    input.dueDate ?? (await addWorkingDays(tx.tx, subject.dueDate, input.workingDays ?? 0)).date;
  if (requested <= subject.dueDate)
    throw fieldError('dueDate', 'extension.not_later', { date: subject.dueDate });
  // A year the calendar does not know is refused with the year named (422).
  await isWorkingDay(tx.tx, requested);
  const now = tx.clock.now();
  const created = await repo.insertExtension(tx.tx, {
    subjectType: subject.type,
    subjectId: subject.id,
    unitId: subject.unitId,
    deciderUnitId: subject.deciderUnitId,
    status: 'requested',
    currentDueDate: subject.dueDate,
    requestedDueDate: requested,
    requestedWorkingDays: input.workingDays ?? null,
    reason: input.reason,
    requestedBy: actor.userId,
    requestedAt: now,
    createdAt: now,
  });
  await tx.audit({
    action: audit.action,
    recordType: audit.recordType,
    recordId: created.id,
    unitId: subject.unitId,
    after: {
      subjectId: subject.id,
      status: 'requested',
      dueDate: subject.dueDate,
      requestedDueDate: requested,
      reason: input.reason,
    },
  } as AuditEventInput);
  return created.id;
}

/**
 * The decider approves (the subject's due date moves to the requested one, through `moveDueDate`)
 * or refuses with a reason. The request was loaded for this change by its record's loader.
 */
export async function decideExtension<Act extends 'approve' | 'refuse'>(
  tx: TxContext,
  workflow: Workflow<'requested' | 'approved' | 'refused', Act>,
  action: Act,
  request: repo.ExtensionRow,
  input: Record<string, string | null | undefined>,
  moveDueDate: (dueDate: string) => Promise<void>,
): Promise<void> {
  const actor = requireActor(tx);
  await applyTransition(
    tx,
    workflow,
    action,
    { id: request.id, unitId: request.unitId, status: request.status },
    input,
    async (next, text) => {
      await repo.updateExtension(tx.tx, request.id, {
        status: next,
        decidedBy: actor.userId,
        decidedAt: tx.clock.now(),
        opinion: text,
      });
      if (next === 'approved') await moveDueDate(request.requestedDueDate);
      return {
        before: { subjectId: request.subjectId, dueDate: request.currentDueDate },
        after: {
          subjectId: request.subjectId,
          dueDate: next === 'approved' ? request.requestedDueDate : request.currentDueDate,
          requestedDueDate: request.requestedDueDate,
        },
      };
    },
  );
}

export { deleteExtensionsOf, openSubjectsDecidedIn } from './extension.repository';
