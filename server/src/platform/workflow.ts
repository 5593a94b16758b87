import { type AuditEventInput, nextState, type Workflow } from '@zeren/contracts';
import type { TxContext } from './context';
import { AppError } from './errors';

/** What a transition changed besides the status, for its audit event. */
export interface TransitionDetails {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/**
 * Applies one action of a workflow to a record the use case loaded for this change (so the
 * route's permission and data scope were already checked by the record's loader):
 * - the table must allow the action from the current status, else 409 INVALID_TRANSITION;
 * - `write` stores the new status and whatever else the step changes, and returns what to log;
 * - the action's own audit event is written in the same transaction.
 * Returns the new status.
 */
export async function applyTransition<S extends string, Act extends string>(
  tx: TxContext,
  workflow: Workflow<S, Act>,
  action: Act,
  record: { id: string; unitId: string; status: S },
  input: Record<string, string | null | undefined>,
  write: (next: S, text: string | null) => Promise<TransitionDetails | undefined>,
): Promise<S> {
  const step = workflow.actions[action];
  const next = nextState(workflow, record.status, action);
  if (!step || next === undefined) throw new AppError('INVALID_TRANSITION');
  const text = step.input ? (input[step.input.field]?.trim() ?? '') || null : null;
  const details = (await write(next, text)) ?? {};
  await tx.audit({
    action: step.audit,
    recordType: workflow.recordType,
    recordId: record.id,
    unitId: record.unitId,
    before: { status: record.status, ...details.before },
    after: { status: next, ...(step.input && text ? { [step.input.field]: text } : {}), ...details.after },
  } as AuditEventInput);
  return next;
}
