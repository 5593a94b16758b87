import { z } from 'zod';
import { idParamsSchema, text } from './common';
import type { RouteContract } from './http';

/**
 * The text an action takes: a reason (to return, refuse, reject), a review opinion (审核意见), or
 * the action's own content (a suggestion's answer). At most `max` characters (default 1000).
 */
export interface WorkflowInput {
  field: string;
  required: boolean;
  max?: number;
}

/** One action of a state machine: from which states, to which, who may take it, what it logs. */
export interface WorkflowAction<S extends string, P extends string = string, A extends string = string> {
  from: readonly S[];
  to: S;
  /** The permission the action's route declares; its data scope decides which records it reaches. */
  permission: P;
  /** The audit event the transition writes: one action name per transition. */
  audit: A;
  input?: WorkflowInput;
}

/**
 * A status machine as data: the server applies it (one platform function), the web app draws
 * its buttons from it, and each action becomes a route of its own with its own permission.
 */
export interface Workflow<
  S extends string = string,
  Act extends string = string,
  P extends string = string,
  A extends string = string,
> {
  recordType: string;
  states: readonly S[];
  actions: Record<Act, WorkflowAction<S, P, A>>;
}

/** Keeps a workflow's literal types (states, actions, each action's input). */
export function defineWorkflow<
  const S extends string,
  const Act extends string,
  const W extends Workflow<S, Act>,
>(workflow: W & Workflow<S, Act>): W {
  return workflow;
}

export type WorkflowState<W> = W extends Workflow<infer S, string, string, string> ? S : never;
export type WorkflowActionName<W> = W extends Workflow<string, infer Act, string, string> ? Act : never;

/** The state an action leads to from `state`, or undefined when the table does not allow it. */
export function nextState<S extends string, Act extends string>(
  workflow: Workflow<S, Act>,
  state: S,
  action: Act,
): S | undefined {
  const step = workflow.actions[action];
  return step?.from.includes(state) ? step.to : undefined;
}

/** The actions open from `state` that the caller's permissions allow (the web app's buttons). */
export function availableActions<S extends string, Act extends string>(
  workflow: Workflow<S, Act>,
  state: S,
  can: (permission: string) => boolean = () => true,
): Act[] {
  return (Object.keys(workflow.actions) as Act[]).filter((action) => {
    const step = workflow.actions[action];
    return step.from.includes(state) && can(step.permission);
  });
}

/** The request body of an action: its text when it takes one, else nothing. */
export function workflowActionBody(step: { input?: WorkflowInput }) {
  if (!step.input) return z.object({}).strict().nullish();
  const input = text()
    .trim()
    .max(step.input.max ?? 1000);
  return z.object({ [step.input.field]: step.input.required ? input.min(1) : input.nullish() }).strict();
}

/** The body schema of one action: its text field (required or not), or nothing. */
type ActionBody<Step> = Step extends { input: { field: infer F extends string; required: infer Req } }
  ? z.ZodObject<{ [k in F]: Req extends true ? z.ZodString : z.ZodOptional<z.ZodNullable<z.ZodString>> }>
  : z.ZodOptional<z.ZodNullable<z.ZodObject<Record<never, never>>>>;

/**
 * One route per action of a workflow: `POST {basePath}/{action}`, declaring the action's own
 * permission, operation id `{action}{name}` (e.g. `approveDutyItem`), typed body.
 */
export function workflowRoutes<W extends Workflow, const N extends string, R extends z.ZodType>(
  workflow: W,
  options: {
    name: N;
    basePath: string;
    tags: readonly string[];
    response: R;
    summaries: Record<keyof W['actions'] & string, string>;
  },
): {
  [K in keyof W['actions'] & string as `${K}${N}`]: RouteContract & {
    params: typeof idParamsSchema;
    body: ActionBody<W['actions'][K]>;
    response: { 200: R };
  };
} {
  const out: Record<string, RouteContract> = {};
  const summaries = options.summaries as Record<string, string>;
  for (const [action, step] of Object.entries(workflow.actions as Record<string, WorkflowAction<string>>)) {
    out[`${action}${options.name}`] = {
      method: 'POST',
      path: `${options.basePath}/${action}`,
      tags: options.tags,
      summary: summaries[action]!,
      access: { permission: step.permission },
      record: workflow.recordType,
      params: idParamsSchema,
      body: workflowActionBody(step),
      response: { 200: options.response },
    };
  }
  return out as never;
}
