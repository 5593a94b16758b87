import type { PublicSuggestion } from '@zeren/contracts';
import { formatDate } from '../../lib/format';
import { Pagination } from '../components/pagination';
import { LoadError, Loading } from '../components/status';
import { SuggestionActions } from '../components/suggestion-actions';
import { useI18n } from '../i18n';
import { navigate, useLocation } from '../router';
import { useFetch } from '../use-fetch';

const PAGE_SIZE = 10;

/** (e) Answered suggestions the units have published. */
export function AnswersPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const { data, error, loading, reload } = useFetch<{ items: PublicSuggestion[]; total: number }>(
    '/suggestions',
    {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
  );
  return (
    <>
      <header className="page-header">
        <h1>{t('answers.title')}</h1>
        <p className="muted">{t('answers.intro')}</p>
      </header>
      {loading && !data ? <Loading /> : null}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <>
          {data.items.length === 0 ? <p className="notice">{t('answers.empty')}</p> : null}
          <ul className="result-list" data-testid="answers-list">
            {data.items.map((s) => (
              <li key={s.id} className="card">
                <article aria-labelledby={`answer-${s.id}`}>
                  <h2 id={`answer-${s.id}`} className="card-title">
                    {s.title}
                  </h2>
                  <p className="muted">
                    {s.unitName}
                    {s.domainTitle ? ` · ${s.domainTitle}` : ''}
                  </p>
                  <p className="pre-line">{s.content}</p>
                  <div className="answer">
                    <h3>{t('answers.answer')}</h3>
                    <p className="pre-line">{s.answer}</p>
                  </div>
                  <SuggestionActions actions={s.actions} />
                  <p className="muted small">
                    {t('answers.publishedAt', { date: formatDate(s.publishedAt, locale) })}
                  </p>
                </article>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            onPage={(p) => navigate(`/answers?page=${p}`)}
          />
        </>
      ) : null}
    </>
  );
}
