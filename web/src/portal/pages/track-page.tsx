import type { SuggestionTracking } from '@zeren/contracts';
import { type FormEvent, useId, useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { LoadError, Loading } from '../components/status';
import { SuggestionActions } from '../components/suggestion-actions';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { useFetch } from '../use-fetch';

/** (d) Look up a suggestion by its tracking code: status and, once answered, the answer. */
export function TrackPage({ code }: { code: string | null }) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(code ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalised = value.trim().toUpperCase().replace(/[\s-]/g, '');
    if (normalised) navigate(`/track/${encodeURIComponent(normalised)}`);
  };
  return (
    <>
      <header className="page-header">
        <h1>{t('track.title')}</h1>
      </header>
      <form className="form search-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('track.code')}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t('track.codeHint')}
          </p>
          <div className="search-row">
            <input
              id={`${id}-code`}
              aria-describedby={`${id}-hint`}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              required
              className="code-input"
              data-testid="track-code"
            />
            <button type="submit" className="button button-primary" data-testid="track-submit">
              {t('track.submit')}
            </button>
          </div>
        </div>
      </form>
      {code ? <TrackResult key={code} code={code} /> : null}
    </>
  );
}

function TrackResult({ code }: { code: string }) {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useFetch<SuggestionTracking>(
    `/suggestions/${encodeURIComponent(code)}`,
  );
  if (loading && !data) return <Loading />;
  if (error?.status === 404)
    return (
      <p className="notice notice-error" role="alert">
        {t('track.notFound')}
      </p>
    );
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return null;
  return (
    <section className="section card" aria-labelledby="track-result-heading" data-testid="track-result">
      <h2 id="track-result-heading">{data.title}</h2>
      <dl className="fields">
        <div>
          <dt>{t('track.code')}</dt>
          <dd className="mono">{data.trackingCode}</dd>
        </div>
        <div>
          <dt>{t('track.status')}</dt>
          <dd>
            <span className={`status-badge status-${data.status}`} data-testid="track-status">
              {t(`status.${data.status}`)}
            </span>
            <span className="status-hint" data-testid="track-status-hint">
              {t(`statusHint.${data.status}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('track.unit')}</dt>
          <dd>{data.unitName}</dd>
        </div>
        {data.domainTitle ? (
          <div>
            <dt>{t('track.domain')}</dt>
            <dd>{data.domainTitle}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('track.submittedAt')}</dt>
          <dd>{formatDateTime(data.createdAt, locale)}</dd>
        </div>
      </dl>
      <p className="pre-line">{data.content}</p>
      <h3>{t('track.answer')}</h3>
      {data.answer ? (
        <>
          <p className="answer pre-line" data-testid="track-answer">
            {data.answer}
          </p>
          <dl className="fields">
            <div>
              <dt>{t('track.answeredAt')}</dt>
              <dd>{formatDateTime(data.answeredAt, locale)}</dd>
            </div>
          </dl>
          <SuggestionActions actions={data.actions} />
        </>
      ) : (
        <p className="muted">{t('track.noAnswer')}</p>
      )}
    </section>
  );
}
