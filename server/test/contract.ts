import Ajv2020 from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';

/**
 * The API description must say what the server does: every response a test receives is checked
 * against the served OpenAPI document — its status must be documented for that operation, and a
 * JSON body must match the documented schema. The harness records responses and checks them when
 * a test file closes its app, so the description cannot drift from the server.
 */
interface Seen {
  method: string;
  route: string;
  status: number;
  contentType: string;
  body: string;
}

type Operation = {
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
};
export type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
};

/** Records every response of routes the API description covers. */
export function recordResponses(app: FastifyInstance): Seen[] {
  const seen: Seen[] = [];
  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/') || route.startsWith('/api/docs') || route === '/api/openapi.json')
      return payload;
    seen.push({
      method: request.method,
      route,
      status: reply.statusCode,
      contentType: String(reply.getHeader('content-type') ?? ''),
      body: typeof payload === 'string' ? payload : '',
    });
    return payload;
  });
  return seen;
}

/**
 * Compiled validators of one description. Test files in a worker share modules (isolate: false),
 * and every app serves the same description, so its schemas are compiled once per worker.
 */
let compiled: { text: string; ajv: Ajv2020; validators: Map<string, ReturnType<Ajv2020['compile']>> } | null =
  null;

function validatorsFor(doc: OpenApi) {
  const text = JSON.stringify(doc.components);
  if (compiled?.text !== text) {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
    ajv.addSchema({ $id: 'doc', components: doc.components } as object);
    compiled = { text, ajv, validators: new Map() };
  }
  return compiled;
}

/** What the description does not say of the recorded responses (empty when it says all). */
export function undocumented(doc: OpenApi, seen: Seen[]): string[] {
  const { ajv, validators } = validatorsFor(doc);
  const problems = new Set<string>();
  for (const r of seen) {
    const path = r.route.replace(/:(\w+)/g, '{$1}');
    const operation = doc.paths[path]?.[r.method.toLowerCase()];
    if (!operation) {
      problems.add(`${r.method} ${r.route}: no operation in the description`);
      continue;
    }
    const response = operation.responses?.[String(r.status)];
    if (!response) {
      problems.add(`${r.method} ${r.route}: status ${r.status} is not documented`);
      continue;
    }
    const mediaType = r.contentType.split(';')[0]!.trim();
    if (!mediaType.endsWith('json') || !r.body) continue;
    const schema = response.content?.[mediaType]?.schema;
    if (!schema) {
      problems.add(`${r.method} ${r.route} ${r.status}: no schema for ${mediaType}`);
      continue;
    }
    // The schema text is part of the key: two apps may describe one operation differently.
    const key = `${path} ${r.method} ${r.status} ${mediaType} ${JSON.stringify(schema)}`;
    let validate = validators.get(key);
    if (!validate) {
      // References point into the document's components.
      const resolved = JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"doc#/components/'));
      validate = ajv.compile(resolved);
      validators.set(key, validate);
    }
    if (!validate(JSON.parse(r.body)))
      problems.add(
        `${r.method} ${r.route} ${r.status}: body does not match — ${ajv.errorsText(validate.errors)}`,
      );
  }
  return [...problems];
}
