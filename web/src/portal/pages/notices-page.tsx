import type { PublicNotice } from '@zeren/contracts';
import { NoticePaper } from '../../components/notice-paper';
import { formatDate } from '../../lib/format';
import { Pagination } from '../components/pagination';
import { LoadError, Loading } from '../components/status';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/zh-CN';
import { Link, navigate, useLocation } from '../router';
import { useFetch } from '../use-fetch';

const PAGE_SIZE = 10;
const KIND: Record<PublicNotice['kind'], MessageKey> = {
  typical_cases: 'notices.kind.typical_cases',
  criticism: 'notices.kind.criticism',
  free_text: 'notices.kind.free_text',
};

/** (g) Notices (通报) issued to the public, newest first. */
export function NoticesPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const { data, error, loading, reload } = useFetch<{ items: PublicNotice[]; total: number }>('/notices', {
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  return (
    <>
      <header className="page-header">
        <h1>{t('notices.title')}</h1>
        <p className="muted">{t('notices.intro')}</p>
      </header>
      {loading && !data ? <Loading /> : null}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <>
          {data.items.length === 0 ? <p className="notice">{t('notices.empty')}</p> : null}
          <ul className="result-list" data-testid="portal-notices">
            {data.items.map((n) => (
              <li key={n.id} className="card">
                <article aria-labelledby={`notice-${n.id}`}>
                  <p className="eyebrow">
                    {t(KIND[n.kind])} · {n.documentNumber}
                  </p>
                  <h2 id={`notice-${n.id}`} className="card-title">
                    <Link to={`/notices/${n.id}`}>{n.title}</Link>
                  </h2>
                  <p className="muted small">
                    {t('notices.issued', { issuer: n.issuer, date: formatDate(n.date, locale) })}
                  </p>
                </article>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            onPage={(p) => navigate(`/notices?page=${p}`)}
          />
        </>
      ) : null}
    </>
  );
}

/** One public notice, drawn as its official document, with its Word download. */
export function NoticePage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, loading, reload } = useFetch<PublicNotice>(`/notices/${encodeURIComponent(id)}`);
  return (
    <>
      <p>
        <Link to="/notices">{t('notices.back')}</Link>
      </p>
      {loading && !data ? <Loading /> : null}
      {error ? (
        error.status === 404 ? (
          <p className="notice">{t('notices.notFound')}</p>
        ) : (
          <LoadError error={error} onRetry={reload} />
        )
      ) : null}
      {data ? (
        <>
          <h1 className="visually-hidden">{data.title}</h1>
          <p>
            <a
              className="button button-secondary"
              href={`/api/portal/notices/${encodeURIComponent(data.id)}/docx`}
              download
              data-testid="portal-notice-download"
            >
              {t('notices.download')}
            </a>
          </p>
          <div className="notice-sheet" data-testid="portal-notice">
            <NoticePaper {...data} />
          </div>
        </>
      ) : null}
    </>
  );
}
