import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

/** The portal lives under /portal; routes below are relative to it. */
export const BASE = '/portal';

export type Route =
  | { page: 'overview' }
  | { page: 'lists' }
  | { page: 'item'; id: string }
  | { page: 'suggest' }
  | { page: 'track'; code: string | null }
  | { page: 'report' }
  | { page: 'reportStatus' }
  | { page: 'answers' }
  | { page: 'spotChecks' }
  | { page: 'spotCheck'; id: string }
  | { page: 'notices' }
  | { page: 'notice'; id: string }
  | { page: 'statements' }
  | { page: 'statement'; id: string }
  | { page: 'commitments' }
  | { page: 'evaluate' }
  | { page: 'evaluationRound'; id: string }
  | { page: 'exemplars' }
  | { page: 'progress' }
  | { page: 'openData' }
  | { page: 'notFound' };

/** Maps a pathname to a page (no router library: five pages and the history API). */
export function matchRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  if (parts.length === 0) return { page: 'overview' };
  if (first === 'lists' && parts.length === 1) return { page: 'lists' };
  if (first === 'lists' && second && parts.length === 2) return { page: 'item', id: second };
  if (first === 'suggest' && parts.length === 1) return { page: 'suggest' };
  if (first === 'track' && parts.length <= 2) return { page: 'track', code: second ?? null };
  // A report's receipt code is never in the address (addresses are logged): no code segment here.
  if (first === 'report' && parts.length === 1) return { page: 'report' };
  if (first === 'report' && second === 'status' && parts.length === 2) return { page: 'reportStatus' };
  if (first === 'answers' && parts.length === 1) return { page: 'answers' };
  if (first === 'spot-checks' && parts.length === 1) return { page: 'spotChecks' };
  if (first === 'spot-checks' && second && parts.length === 2) return { page: 'spotCheck', id: second };
  if (first === 'notices' && parts.length === 1) return { page: 'notices' };
  if (first === 'notices' && second && parts.length === 2) return { page: 'notice', id: second };
  if (first === 'statements' && parts.length === 1) return { page: 'statements' };
  if (first === 'statements' && second && parts.length === 2) return { page: 'statement', id: second };
  if (first === 'commitments' && parts.length === 1) return { page: 'commitments' };
  // An invited evaluator's token comes in the fragment (#token=…), never in the path or the query.
  if (first === 'evaluate' && parts.length === 1) return { page: 'evaluate' };
  if (first === 'evaluate' && second && parts.length === 2) return { page: 'evaluationRound', id: second };
  if (first === 'exemplars' && parts.length === 1) return { page: 'exemplars' };
  if (first === 'progress' && parts.length === 1) return { page: 'progress' };
  if (first === 'open-data' && parts.length === 1) return { page: 'openData' };
  return { page: 'notFound' };
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

const readLocation = () => ({
  pathname: window.location.pathname,
  search: new URLSearchParams(window.location.search),
});

/** Goes to a portal path ('/lists?q=…'); `replace` for filter changes that should not pile up history. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = `${BASE}${to === '/' ? '' : to}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  notify();
}

/** The current location; re-renders on navigation and on back/forward. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const [location, setLocation] = useState(readLocation);
  useEffect(() => {
    const update = () => setLocation(readLocation());
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return location;
}

/** An ordinary link (works without JS, opens in a new tab) that navigates in place on a plain click. */
export function Link({
  to,
  children,
  ...rest
}: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const href = `${BASE}${to === '/' ? '' : to}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(to);
    window.scrollTo(0, 0);
  };
  return (
    <a {...rest} href={href} onClick={onClick}>
      {children}
    </a>
  );
}
