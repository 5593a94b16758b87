import type { ProblemDetails } from '@zeren/contracts';
import { currentLocale } from './i18n';

/** A failed call: the server's problem+json (code, translated title, errors[] by field path). */
export class PortalApiError extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.title);
    this.name = 'PortalApiError';
  }
  get status(): number {
    return this.problem.status;
  }
  /** Field path → message, for showing each error next to its field. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.path, e.message]));
  }
}

export type Query = Record<string, string | number | undefined | null>;

/** The portal's one fetch helper: JSON in and out, the visitor's language, problem+json errors. */
export async function api<T>(
  path: string,
  options: { method?: 'GET' | 'POST'; body?: unknown; query?: Query; signal?: AbortSignal } = {},
): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  let response: Response;
  try {
    response = await fetch(`/api/portal${path}${search ? `?${search}` : ''}`, {
      method: options.method ?? 'GET',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLocale(),
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        // Every change proves it comes from the portal's own page (a cross-site form cannot set it).
        ...((options.method ?? 'GET') !== 'GET' ? { 'X-Requested-With': 'zeren' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : null,
      credentials: 'omit',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new PortalApiError({ type: 'about:blank', title: '', status: 0, code: 'INTERNAL' });
  }
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // Not JSON: a generic problem.
    }
    throw new PortalApiError(problemOf(response.status, response.statusText, body));
  }
  return (await response.json()) as T;
}

/** The problem a failed response's status and (parsed) body describe: the server's, or a generic one. */
export function problemOf(status: number, statusText: string, body: unknown): ProblemDetails {
  const problem: ProblemDetails = {
    type: 'about:blank',
    title: statusText || `HTTP ${status}`,
    status,
    code: status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST',
  };
  const given = body as Partial<ProblemDetails> | null;
  if (given && typeof given.code === 'string' && typeof given.title === 'string')
    return { ...problem, ...given } as ProblemDetails;
  return problem;
}
