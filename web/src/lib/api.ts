import { type ProblemDetails, problemSchema } from '@zeren/contracts';
import { getLocale } from '../i18n/locale-store';

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

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
  /** Send the user to the sign-in page on 401 (default). Off for the session probe and the login itself. */
  redirectOn401?: boolean;
}

let onUnauthenticated: () => void = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** Lets the app replace the full-page redirect with a router navigation. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export function toQueryString(query: QueryParams = {}): string {
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
    const parsed = problemSchema.safeParse(body);
    return parsed.success ? new ApiError(parsed.data as ProblemDetails, body) : new ApiError(fallback);
  } catch {
    return new ApiError(fallback);
  }
}

/** Headers every call sends: the caller's language for server messages. */
export function baseHeaders(): Record<string, string> {
  return { Accept: 'application/json', 'Accept-Language': getLocale() };
}

/** The ApiError of a failed response; on 401 the user is sent to sign in (unless `redirectOn401` is off). */
export async function toApiError(response: Response, redirectOn401 = true): Promise<ApiError> {
  const error = await readProblem(response);
  if (response.status === 401 && redirectOn401) onUnauthenticated();
  return error;
}

/** The one way the web app talks to the server: same-origin cookies, JSON both ways. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal, redirectOn401 = true } = options;
  const headers = baseHeaders();
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const response = await fetch(`${path}${toQueryString(query)}`, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? null : JSON.stringify(body),
    signal: signal ?? null,
  });

  if (!response.ok) throw await toApiError(response, redirectOn401);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
