import { useT } from '../i18n/use-t';

/**
 * "Loading…" while a page or its data arrives. Plain CSS rather than antd's Spin: the router
 * shows it before the shell (and antd) have loaded.
 */
export function PageSpinner() {
  const t = useT();
  return (
    <div className="page-spinner" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span className="spinner-text">{t.common.loading}</span>
    </div>
  );
}
