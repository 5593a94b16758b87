import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The search parameter with which a list page opens one record: `/duties/items?open=<id>`. */
export const OPEN_PARAM = 'open';

/** The address of a list page opened on one record (the audit log links to records this way). */
export function openHref(path: string, id: string): string {
  return `${path}?${new URLSearchParams({ [OPEN_PARAM]: id })}`;
}

/**
 * The record a list page was opened on, and a way to forget it (when its drawer closes): the page
 * keeps its own state for records opened from the list.
 */
export function useOpenParam(): [string | null, () => void] {
  const [params, setParams] = useSearchParams();
  const open = params.get(OPEN_PARAM);
  const clear = useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete(OPEN_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [open, clear];
}
