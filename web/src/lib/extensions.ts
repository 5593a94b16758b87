import type { ExtensionStatus, RequestExtensionInput, Workflow } from '@zeren/contracts';
import { fmt, HIDDEN, type RecordDescriptor } from './history';

/**
 * 延期申请 as every record with a deadline set by a superior unit has them (key tasks, supervision
 * items): the feature's own routes, the same shape. The shared components take the feature's
 * mutations and its extension workflow.
 */

/** One decision on an extension request, each its own route (`POST /api/…-extensions/:id/{action}`). */
export type ExtensionDecision =
  /** The deadline moves to the requested date; the opinion (审批意见) is optional. */
  | { id: string; action: 'approve'; opinion?: string | null }
  /** The reason is required and shown to the responsible unit. */
  | { id: string; action: 'refuse'; reason: string };

export type ExtensionAction = ExtensionDecision['action'];

/** A feature's extension workflow (`extensionWorkflow(…)` in the contracts). */
export type ExtensionWorkflow = Workflow<ExtensionStatus, ExtensionAction>;

/** An extension request as sent: the record's id, and a later date or N working days, with a reason. */
export type ExtensionRequestInput = RequestExtensionInput & { id: string };

/**
 * A module's extension requests as a record type (`key_task_extension`, `supervision_extension`):
 * their events show in the history of the record they are about (`subjectId`).
 */
export function extensionRecord(type: string): RecordDescriptor {
  return {
    type,
    label: (t) => t.extension.record,
    fields: {
      status: { label: (t) => t.extension.status, format: fmt.label((t) => t.extensionStatus) },
      dueDate: { label: (t) => t.extension.dueDate, format: fmt.date },
      requestedDueDate: { label: (t) => t.extension.requestedDueDate, format: fmt.date },
      provisional: { label: (t) => t.extension.provisional, format: fmt.bool },
      reason: { label: (t) => t.history.reason, long: true },
      opinion: { label: (t) => t.extension.opinion, long: true },
      subjectId: HIDDEN,
    },
  };
}
