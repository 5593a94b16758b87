import type { ExtensionStatus, RequestExtensionInput, Workflow } from '@zeren/contracts';

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
