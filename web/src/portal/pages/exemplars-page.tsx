import type { PublicExemplar } from '@zeren/contracts';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { Pagination } from '../components/pagination';
import { LoadError, Loading } from '../components/status';
import { useI18n } from '../i18n';
import { navigate, useLocation } from '../router';
import { useFetch } from '../use-fetch';

const PAGE_SIZE = 10;
/** A citation longer than this shows its beginning, the rest on a tap. */
const PREVIEW = 160;

/** 先进典型: exemplars (units and people) the office reviewed and published, newest first. */
export function ExemplarsPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const { data, error, loading, reload } = useFetch<{ items: PublicExemplar[]; total: number }>(
    '/exemplars',
    {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
  );
  return (
    <>
      <header className="page-header">
        <h1>{t('exemplars.title')}</h1>
        <p className="muted">{t('exemplars.intro')}</p>
      </header>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <>
          {data.items.length === 0 ? <p className="notice">{t('exemplars.empty')}</p> : null}
          <ul className="result-list" data-testid="portal-exemplars">
            {data.items.map((e) => (
              <li key={e.id} className="card exemplar" data-testid={`exemplar-${e.id}`}>
                <article aria-labelledby={`exemplar-${e.id}-name`}>
                  <p className="tags">
                    <span className="tag">
                      {t(e.kind === 'unit' ? 'exemplars.kindUnit' : 'exemplars.kindPerson')}
                    </span>
                  </p>
                  <h2 id={`exemplar-${e.id}-name`} className="card-title">
                    {e.nomineeName}
                  </h2>
                  <p className="exemplar-title">{e.title}</p>
                  <p className="muted small">
                    {t('exemplars.byline', { unit: e.unitName, date: formatDate(e.publishedAt, locale) })}
                  </p>
                  <Citation text={e.citation} />
                </article>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            onPage={(p) => {
              navigate(`/exemplars?page=${p}`);
              window.scrollTo(0, 0);
            }}
          />
        </>
      ) : null}
    </>
  );
}

/** 先进事迹: in full when short, else its beginning and a button for the rest. */
function Citation({ text }: { text: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const long = text.length > PREVIEW + 40;
  return (
    <>
      <p className="pre-line exemplar-citation">
        {long && !open ? `${text.slice(0, PREVIEW).trimEnd()}…` : text}
      </p>
      {long ? (
        <button
          type="button"
          className="button button-link"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
          data-testid="exemplar-more"
        >
          {open ? t('exemplars.less') : t('exemplars.more')}
        </button>
      ) : null}
    </>
  );
}
