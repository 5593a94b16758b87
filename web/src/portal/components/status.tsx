import type { PortalApiError } from '../api';
import { useI18n } from '../i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="status" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A failed load with the server's message and a retry button. */
export function LoadError({ error, onRetry }: { error: PortalApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const message = error.status === 0 ? t('common.networkError') : error.problem.title;
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('common.error', { message })}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
