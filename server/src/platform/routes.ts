import {
  type Access,
  isBinary,
  type OperationId,
  type Permission,
  ROUTES,
  type RouteContract,
  type RouteOutput,
  type RouteRequestData,
  type Routes,
  successStatus,
  type Workflow,
} from '@zeren/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { z } from 'zod';

/** A route's request as its handler sees it: params, query and body parsed by the contract's schemas. */
export type RouteRequest<C> = Omit<FastifyRequest, 'params' | 'query' | 'body'> & RouteRequestData<C>;

export type RouteHandler<C> = (
  request: RouteRequest<C>,
  reply: FastifyReply,
) => Promise<RouteOutput<C> | FastifyReply | Buffer> | RouteOutput<C>;

/** Server-side settings a contract does not carry. */
export interface RouteExtras {
  /** @fastify/rate-limit options, or false (public routes get the default limit otherwise). */
  rateLimit?: NonNullable<RouteOptions['config']>['rateLimit'];
}

function responseSchemas(contract: RouteContract) {
  const status = successStatus(contract);
  const success = (contract.response as Record<number, z.ZodType | { binary: string; description: string }>)[
    status
  ]!;
  if (!isBinary(success)) return { [status]: success };
  return {
    [status]: {
      description: success.description,
      content: { [success.binary]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
    },
  };
}

/**
 * Registers the route a contract describes, under its operation id: method, path, schemas,
 * access rule and OpenAPI description all come from the contract, so the server cannot serve a
 * route differently from what the web app and the API description were told.
 */
export function route<K extends OperationId>(
  app: FastifyInstance,
  operationId: K,
  handler: RouteHandler<Routes[K]>,
  extras: RouteExtras = {},
): void {
  const contract = ROUTES[operationId] as RouteContract;
  const status = successStatus(contract);
  app.route({
    method: contract.method,
    url: contract.path,
    config: {
      // The registry checked that every permission a contract names exists.
      access: contract.access as Access<Permission>,
      ...(extras.rateLimit !== undefined ? { rateLimit: extras.rateLimit } : {}),
    },
    schema: {
      operationId,
      tags: [...contract.tags],
      summary: contract.summary,
      ...('public' in contract.access ? { security: [] } : {}),
      ...(contract.params ? { params: contract.params } : {}),
      ...(contract.query ? { querystring: contract.query } : {}),
      // An upload's body is read from the multipart stream by the handler; the schema only describes it.
      ...(contract.body ? { body: contract.upload ? contract.body.nullish() : contract.body } : {}),
      ...(contract.upload ? { consumes: ['multipart/form-data'] } : {}),
      response: responseSchemas(contract),
    },
    handler: async (request, reply) => {
      const out = await handler(request as never, reply);
      if (out === reply || reply.sent) return reply;
      return reply.status(status).send(out);
    },
  });
}

/**
 * Registers one route per action of a workflow (operation ids `{action}{name}`), each calling
 * `run(action)` with the record id and the action's text input.
 */
export function workflowRoute<Act extends string, N extends string>(
  app: FastifyInstance,
  workflow: Workflow<string, Act>,
  name: N,
  run: (
    request: RouteRequest<unknown>,
    action: Act,
    id: string,
    input: Record<string, string | null | undefined>,
  ) => Promise<unknown>,
): void {
  for (const action of Object.keys(workflow.actions) as Act[]) {
    const operationId = `${action}${name}` as OperationId;
    if (!(operationId in ROUTES)) throw new Error(`no route contract ${operationId} for workflow action`);
    route(app, operationId, ((request: RouteRequest<{ params: z.ZodObject }>) =>
      run(
        request as never,
        action,
        (request.params as { id: string }).id,
        (request.body as unknown as Record<string, string | null | undefined> | null) ?? {},
      )) as never);
  }
}
