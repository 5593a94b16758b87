/**
 * The portal's base path (web/src/portal/router.tsx `BASE`; the staff app does not load the
 * portal's router, which listens to the browser's history). The test checks they agree.
 */
export const PORTAL_BASE = '/portal';

/**
 * Where an invited evaluator's QR code leads: the portal's ballot form, the token in the
 * fragment (never sent to the server in the address, so never in its logs).
 */
export function tokenBallotUrl(origin: string, token: string): string {
  return `${origin}${PORTAL_BASE}/evaluate#token=${encodeURIComponent(token)}`;
}

/** Tokens per printed A4 page: three across, four down. */
export const TOKENS_PER_PAGE = 12;

/** The tokens split into printed pages. */
export function toPages<T>(items: readonly T[], perPage = TOKENS_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages;
}
