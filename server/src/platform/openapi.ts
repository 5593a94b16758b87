import { type OperationId, problemSchema, ROUTES, type RouteContract } from '@zeren/contracts';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Transform = typeof jsonSchemaTransform;
type TransformObject = typeof jsonSchemaTransformObject;

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** What each error status means, as the API description says it. */
const ERROR_DESCRIPTIONS: Record<number, string> = {
  304: 'Not modified: the ETag sent in If-None-Match is still current (no body)',
  400: 'Bad input: VALIDATION_FAILED names each field (`errors[]`), or MALFORMED_REQUEST',
  401: 'Not signed in (UNAUTHENTICATED), or wrong credentials (LOGIN_FAILED)',
  403: "Not allowed: the caller's permission or data scope does not reach the record (FORBIDDEN)",
  404: "No such record, or one outside the caller's read scope (NOT_FOUND)",
  409: 'Conflicts with the current state (CONFLICT, INVALID_TRANSITION, …)',
  413: 'The body or file is too large',
  415: 'The content type or file type is not accepted',
  422: 'Understood but cannot be done (CALENDAR_YEAR_MISSING, IMPORT_HAS_ERRORS with `rejected`)',
  423: 'The account is locked for a while (ACCOUNT_LOCKED)',
  429: 'Too many requests from this address (RATE_LIMITED)',
  500: 'Internal error; the body reveals nothing',
  503: 'Busy with other work of this kind (SERVER_BUSY), or a public report not filed this time (REPORT_NOT_FILED); try again after Retry-After seconds',
};

/**
 * The error statuses an operation may answer, all as problem+json: derived from what the route
 * is (public, with a body, about one record, a change) plus the ones its contract adds.
 */
export function errorStatuses(route: RouteContract): number[] {
  const change = route.method !== 'GET';
  const statuses = new Set<number>([400, 500]);
  if (!('public' in route.access)) statuses.add(401);
  if ('permission' in route.access || change) statuses.add(403);
  if (route.params) statuses.add(404);
  // Any change may conflict, and may be sent a body too large or of a type the server does not read.
  if (change) for (const s of [409, 413, 415, 422]) statuses.add(s);
  if ('public' in route.access) statuses.add(429);
  if (route.path.startsWith('/api/calendar/working-days') || route.path.startsWith('/api/key-tasks'))
    statuses.add(422);
  for (const s of route.errors ?? []) statuses.add(s);
  return [...statuses].sort((a, b) => a - b);
}

function errorResponses(route: RouteContract) {
  return Object.fromEntries(
    errorStatuses(route).map((status) => [
      status,
      {
        description: ERROR_DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: PROBLEM_REF } },
      },
    ]),
  );
}

/** The multipart body of an upload, described as strictly as the server reads it. */
const UPLOAD_BODY = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: 'The one file field' } },
};

/**
 * Each operation's description: the zod schemas as JSON Schema, then every error status it may
 * answer (one shared Problem schema), and an upload's multipart body.
 */
export const describeOperation: Transform = (input) => {
  const out = jsonSchemaTransform(input);
  const operationId = (input.schema as { operationId?: string } | undefined)?.operationId;
  const route = operationId ? (ROUTES[operationId as OperationId] as RouteContract | undefined) : undefined;
  if (!route) return out;
  const schema = out.schema as Record<string, unknown>;
  schema.response = { ...(schema.response as object), ...errorResponses(route) };
  if (route.upload) schema.body = UPLOAD_BODY;
  return out;
};

/** The whole document: the shared schemas (Problem and the named ones), and the server it runs on. */
export const describeDocument: TransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as {
    components?: { schemas?: Record<string, unknown> };
    servers?: unknown[];
  };
  doc.components = doc.components ?? {};
  doc.components.schemas = {
    ...doc.components.schemas,
    Problem: z.toJSONSchema(problemSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
  doc.servers = [{ url: '/', description: 'This Zeren server' }];
  dropUnusedSchemas(doc as { components: { schemas: Record<string, unknown> }; paths?: unknown });
  return doc as ReturnType<TransformObject>;
};

/**
 * The transform names an input and an output variant of every registered schema; keep only the
 * ones some operation uses (directly or through another schema).
 */
function dropUnusedSchemas(doc: { components: { schemas: Record<string, unknown> }; paths?: unknown }): void {
  const schemas = doc.components.schemas;
  const refs = (value: unknown) =>
    [...JSON.stringify(value ?? null).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  const used = new Set<string>();
  const pending = refs(doc.paths);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (used.has(name)) continue;
    used.add(name);
    pending.push(...refs(schemas[name]));
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
