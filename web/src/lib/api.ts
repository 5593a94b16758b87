import type {
  OperationId,
  ProblemDetails,
  RouteContract,
  RouteInput,
  RouteOutput,
  Routes,
} from '@zeren/contracts';
import { getLocale } from '../i18n/locale-store';

/**
 * The contracts (the route map and its zod schemas) load with the first call, not with the page:
 * the sign-in page shows before they arrive, and the shell's first call fetches them once.
 */
let contracts: Promise<typeof import('@zeren/contracts')> | undefined;
export function loadContracts(): Promise<typeof import('@zeren/contracts')> {
  contracts ??= import('@zeren/contracts');
  return contracts;
}

/** A failed API call, carrying the server's RFC 9457 problem body. */
export class ApiError extends Error {
  /** `body` is the raw problem object, with members beyond RFC 9457 (an import's `rejected` rows). */
  constructor(
    readonly problem: ProblemDetails,
    readonly body: unknown = problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): ProblemDetails['code'] {
    return this.problem.code;
  }
}

let onUnauthenticated: () => void = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** Lets the app replace the full-page redirect with a router navigation. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/** `?a=1&b=x`, leaving out empty values; '' when nothing is left. */
export function toQueryString(query: object = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readProblem(response: Response): Promise<ApiError> {
  const fallback: ProblemDetails = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    code: response.status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST',
  };
  try {
    const body: unknown = await response.json();
    const { problemSchema } = await loadContracts();
    const parsed = problemSchema.safeParse(body);
    return parsed.success ? new ApiError(parsed.data as ProblemDetails, body) : new ApiError(fallback);
  } catch {
    return new ApiError(fallback);
  }
}

/** Headers every call sends: the caller's language for server messages. */
function baseHeaders(): Record<string, string> {
  return { Accept: 'application/json', 'Accept-Language': getLocale() };
}

/** The ApiError of a failed response; on 401 the user is sent to sign in (unless `redirectOn401` is off). */
async function toApiError(response: Response, redirectOn401 = true): Promise<ApiError> {
  const error = await readProblem(response);
  if (response.status === 401 && redirectOn401) onUnauthenticated();
  return error;
}

/** `attachment; filename*=UTF-8''%E6…` or `filename="a.xlsx"` → the name to save under. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || null;
}

// ---------------------------------------------------------------- the route map client

/** An object type with no required member: what every all-optional input extends from. */
type NothingRequired = Record<never, never>;

/** Members that may be left out (`undefined` or an object of optional fields) become optional. */
type Relax<T> = {
  [K in keyof T as undefined extends T[K] ? never : NothingRequired extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : NothingRequired extends T[K] ? K : never]?: T[K];
};

type RequestOf<K extends OperationId> = Routes[K] extends { upload: true }
  ? Omit<Relax<RouteInput<Routes[K]>>, 'body'> & { file: Blob; filename?: string }
  : Relax<RouteInput<Routes[K]>>;

export interface CallOptions {
  signal?: AbortSignal;
  /** Send the user to the sign-in page on 401 (default). Off for the session probe and the login itself. */
  redirectOn401?: boolean;
  /** A download's progress: the bytes received so far, and the response's headers (a streamed export's row count). */
  onProgress?: (received: number, headers: Headers) => void;
}

/** What `call(operationId, …)` takes: the route's params, query and body (or file), and options. */
export type CallInput<K extends OperationId> = RequestOf<K> & CallOptions;
/** What `call(operationId, …)` resolves to: the parsed JSON of the success status, or a Blob (a File when named). */
export type CallOutput<K extends OperationId> = RouteOutput<Routes[K]>;
/**
 * The query string an operation takes, as a caller writes it: the schema's input type (defaults
 * such as a list's `limit` optional), never the parsed output the server's handler receives.
 */
export type QueryOf<K extends OperationId> = NonNullable<RouteInput<Routes[K]>['query']>;

type CallArgs<K extends OperationId> =
  NothingRequired extends CallInput<K> ? [input?: CallInput<K>] : [input: CallInput<K>];

interface LooseInput extends CallOptions {
  params?: Record<string, string | number>;
  query?: object;
  body?: unknown;
  file?: Blob;
  filename?: string;
}

/**
 * The one way the web app talks to the server: an operation of the contracts' route map, by its
 * id. The method and path come from the contract, and the input and output types with them, so a
 * call cannot pair a URL with another route's types. Same-origin cookies, the caller's language,
 * JSON both ways; a download resolves to a Blob (a File named as the server's Content-Disposition
 * says), an upload sends its `file` as multipart field `file`. Failures throw ApiError.
 */
export async function call<K extends OperationId>(
  operationId: K,
  ...[input]: CallArgs<K>
): Promise<CallOutput<K>> {
  const { ROUTES, fillPath, isBinary } = await loadContracts();
  const route = (ROUTES as unknown as Record<string, RouteContract>)[operationId];
  if (!route) throw new Error(`unknown operation ${operationId}`);
  const {
    params,
    query,
    body,
    file,
    filename,
    signal,
    redirectOn401 = true,
    onProgress,
  } = (input ?? {}) as LooseInput;
  const success = '200' in route.response ? route.response[200] : route.response[201];
  const binary = isBinary(success);
  const headers = baseHeaders();
  if (binary) headers.Accept = '*/*';
  // Proves to the server that the request comes from Zeren's own pages (a cross-site form cannot set it).
  if (route.method !== 'GET') headers['X-Requested-With'] = 'zeren';

  let payload: BodyInit | null = null;
  if (route.upload) {
    if (!file) throw new Error(`${operationId} uploads a file: pass \`file\``);
    const form = new FormData();
    form.append('file', file, filename ?? (file instanceof File ? file.name : 'upload'));
    payload = form;
  } else if (route.body) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body ?? {});
  }

  const response = await fetch(`${fillPath(route.path, params)}${toQueryString(query)}`, {
    method: route.method,
    credentials: 'same-origin',
    headers,
    body: payload,
    signal: signal ?? null,
  });
  if (!response.ok) throw await toApiError(response, redirectOn401);
  if (binary) {
    const blob = onProgress ? await readWithProgress(response, onProgress) : await response.blob();
    const name = filenameFromDisposition(response.headers.get('Content-Disposition'));
    return (name ? new File([blob], name, { type: blob.type }) : blob) as CallOutput<K>;
  }
  if (response.status === 204) return undefined as CallOutput<K>;
  return (await response.json()) as CallOutput<K>;
}

/** The body of a download chunk by chunk, telling `onProgress` the bytes received after each. */
async function readWithProgress(
  response: Response,
  onProgress: (received: number, headers: Headers) => void,
): Promise<Blob> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress(0, response.headers);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received, response.headers);
  }
  return new Blob(chunks, { type });
}

/** The `items` of a list route: `(await call('listUnits')).items`, spelled once. */
export async function callItems<K extends OperationId>(
  operationId: K,
  ...args: CallArgs<K>
): Promise<CallOutput<K> extends { items: infer T } ? T : never> {
  return ((await call(operationId, ...args)) as { items: never }).items;
}
