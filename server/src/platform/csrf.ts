import type { FastifyRequest } from 'fastify';

/** The header Zeren's own pages send on every state-changing request (a cross-site form cannot). */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'zeren';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Content types a cross-site HTML form cannot send without a CORS preflight (JSON) or that need an upload (multipart). */
function provingContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return (
    type === 'application/json' ||
    (type.startsWith('application/') && type.endsWith('+json')) ||
    type === 'multipart/form-data'
  );
}

/** `scheme://host[:port]` → `host[:port]` (lower case, default port dropped), or null when not an origin. */
function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.host.toLowerCase();
  } catch {
    return null;
  }
}

/** The Host a request was sent to, lower case, without the default port of either scheme. */
function requestHost(request: FastifyRequest): string {
  return String(request.host ?? '')
    .toLowerCase()
    .replace(/:(80|443)$/, '');
}

/** `https://Zeren.example.cn/` → `https://zeren.example.cn`; throws on anything that is not an http(s) origin. */
export function normaliseOrigin(value: string): string {
  const url = new URL(value.trim());
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    (url.pathname !== '/' && url.pathname !== '')
  )
    throw new Error(`not an origin: ${value}`);
  return `${url.protocol}//${url.host}`.toLowerCase();
}

/**
 * Why a state-changing request does not come from Zeren's own pages, or null when it does.
 *
 * - `Sec-Fetch-Site`, when the browser sends it, must be `same-origin` (or `none`: typed by the user);
 * - `Origin`, when present, must be one of the configured public origins, or — when none are
 *   configured — name the host the request was sent to;
 * - and every such request must carry a JSON or multipart body, or the header
 *   `X-Requested-With: zeren`, which a cross-site form cannot set. A request without `Origin`
 *   (a script, curl) passes on this alone.
 */
export function crossSiteReason(request: FastifyRequest, publicOrigins: readonly string[]): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site: ${site}`;
  const origin = request.headers.origin;
  if (typeof origin === 'string') {
    if (publicOrigins.length > 0) {
      let normalised: string | null;
      try {
        normalised = normaliseOrigin(origin);
      } catch {
        normalised = null;
      }
      if (!normalised || !publicOrigins.includes(normalised)) return 'Origin';
    } else {
      const host = hostOf(origin);
      if (!host || host.replace(/:(80|443)$/, '') !== requestHost(request)) return 'Origin';
    }
  }
  const custom = request.headers[CSRF_HEADER];
  if (custom === CSRF_HEADER_VALUE) return null;
  if (provingContentType(request.headers['content-type'])) return null;
  return 'Content-Type';
}
