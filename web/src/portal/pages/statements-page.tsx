import type { PublicCommitment, PublicDutyStatement, PublicDutyStatementSummary } from '@zeren/contracts';
import { StatementPaper } from '../../components/statement-paper';
import { formatDate } from '../../lib/format';
import { COMMITMENT_STATUSES, CommitmentBadge, statusKey } from '../commitment-status';
import { Pagination } from '../components/pagination';
import { LoadError, Loading } from '../components/status';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/zh-CN';
import { Link, navigate, useLocation } from '../router';
import { useFetch } from '../use-fetch';
import { StatementCommentForm } from './statement-comment-form';

const PAGE_SIZE = 10;

const KIND: Record<PublicCommitment['progress'][number]['kind'], MessageKey> = {
  progress: 'progressKind.progress',
  fulfilment: 'progressKind.fulfilment',
  not_fulfilled: 'progressKind.not_fulfilled',
};

/** A statement's commitments counted by status, each count in its status's colour. */
function Counts({ counts }: { counts: PublicDutyStatementSummary['commitments'] }) {
  const { t } = useI18n();
  const shown = COMMITMENT_STATUSES.filter((status) => (counts[status] ?? 0) > 0);
  const total = shown.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  if (total === 0) return <p className="muted small">{t('statements.noCommitments')}</p>;
  return (
    <>
      <p className="small">{t('statements.commitmentCount', { count: total })}</p>
      <ul className="commitment-counts" aria-label={t('statements.commitmentCount', { count: total })}>
        {shown.map((status) => (
          <li key={status}>
            <CommitmentBadge status={status} count={counts[status] ?? 0} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** (h) Published duty statements (述责报告), newest first, with their commitments counted by status. */
export function StatementsPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const { data, error, loading, reload } = useFetch<{ items: PublicDutyStatementSummary[]; total: number }>(
    '/duty-statements',
    { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  );
  return (
    <>
      <header className="page-header">
        <h1>{t('statements.title')}</h1>
        <p className="muted">{t('statements.intro')}</p>
      </header>
      {loading && !data ? <Loading /> : null}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <>
          {data.items.length === 0 ? <p className="notice">{t('statements.empty')}</p> : null}
          <ul className="result-list" data-testid="portal-statements">
            {data.items.map((s) => (
              <li key={s.id} className="card">
                <article aria-labelledby={`statement-${s.id}`}>
                  <p className="eyebrow">{s.unitName}</p>
                  <h2 id={`statement-${s.id}`} className="card-title">
                    <Link to={`/statements/${s.id}`}>{s.title}</Link>
                  </h2>
                  <p className="muted small">
                    {[
                      s.signedByName ? t('statements.signedBy', { name: s.signedByName }) : null,
                      t('statements.publishedAt', { date: formatDate(s.publishedAt, locale) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <Counts counts={s.commitments} />
                </article>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            onPage={(p) => navigate(`/statements?page=${p}`)}
          />
        </>
      ) : null}
    </>
  );
}

/** One public commitment: the promise, its status in colour, who answers for it, by when, what was done. */
export function CommitmentCard({
  commitment,
  showUnit = false,
}: {
  commitment: PublicCommitment;
  showUnit?: boolean;
}) {
  const { t, locale } = useI18n();
  const c = commitment;
  return (
    <article className={`card commitment commitment-card-${c.status}`} aria-labelledby={`commitment-${c.id}`}>
      {showUnit ? <p className="eyebrow">{c.unitName}</p> : null}
      <div className="commitment-head">
        <h3 id={`commitment-${c.id}`} className="commitment-promise">
          {c.promise}
        </h3>
        <CommitmentBadge status={c.status} />
      </div>
      <ul className="commitment-meta">
        <li>{t('statements.dueDate', { date: formatDate(c.dueDate, locale) })}</li>
        {c.fulfilledOn ? (
          <li>{t('statements.fulfilledOn', { date: formatDate(c.fulfilledOn, locale) })}</li>
        ) : null}
        {c.responsiblePersonName ? (
          <li>{t('statements.responsible', { name: c.responsiblePersonName })}</li>
        ) : null}
        {c.domainTitle ? <li>{t('statements.domain', { domain: c.domainTitle })}</li> : null}
      </ul>
      {c.progress.length > 0 ? (
        <div className="commitment-progress">
          <h4 className="commitment-progress-title">{t('statements.progress')}</h4>
          <ol className="progress-list">
            {c.progress.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id on the portal but their order.
              <li key={index} className={`progress-${entry.kind}`}>
                <p className="muted small">
                  {t('statements.progressLine', {
                    date: formatDate(entry.date, locale),
                    kind: t(KIND[entry.kind]),
                  })}
                </p>
                <p className="pre-line">{entry.text}</p>
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="muted small">{t('statements.progressNone')}</p>
      )}
      {showUnit ? (
        <p className="small">
          <Link to={`/statements/${c.statementId}`}>{t('commitments.statement')}</Link>
        </p>
      ) : null}
    </article>
  );
}

/**
 * One published duty statement, printable (for newspapers and television: no menu, A4, a serif
 * body): its text, its commitments with their progress, the approved comments, and the comment form.
 */
export function StatementPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useFetch<PublicDutyStatement>(
    `/duty-statements/${encodeURIComponent(id)}`,
  );
  const date = data ? formatDate(data.publishedAt, locale) : '';
  return (
    <>
      <p className="no-print">
        <Link to="/statements">{t('statements.back')}</Link>
      </p>
      {loading && !data ? <Loading /> : null}
      {error ? (
        error.status === 404 ? (
          <p className="notice">{t('statements.notFound')}</p>
        ) : (
          <LoadError error={error} onRetry={reload} />
        )
      ) : null}
      {data ? (
        <>
          <p className="no-print">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => window.print()}
              data-testid="portal-statement-print"
            >
              {t('statements.print')}
            </button>{' '}
            <a
              className="button button-secondary"
              href={`/api/portal/duty-statements/${encodeURIComponent(data.id)}/docx`}
              download
              data-testid="portal-statement-download"
            >
              {t('statements.download')}
            </a>
          </p>
          <div className="statement-print" data-testid="portal-statement">
            <StatementPaper
              title={data.title}
              titleAs="h1"
              byline={
                data.signedByName
                  ? t('statements.bylineSigned', { unit: data.unitName, name: data.signedByName, date })
                  : t('statements.byline', { unit: data.unitName, date })
              }
              body={data.body}
            />
            {data.commitments.length > 0 ? (
              <section aria-labelledby="commitments-heading" className="section statement-section">
                <h2 id="commitments-heading">{t('statements.commitments')}</h2>
                <ul className="result-list" data-testid="portal-statement-commitments">
                  {data.commitments.map((c) => (
                    <li key={c.id}>
                      <CommitmentCard commitment={c} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <section aria-labelledby="comments-heading" className="section statement-section">
              <h2 id="comments-heading">{t('statements.comments')}</h2>
              {data.comments.length === 0 ? (
                <p className="muted">{t('statements.commentsNone')}</p>
              ) : (
                <ul className="result-list" data-testid="portal-statement-comments">
                  {data.comments.map((comment) => (
                    <li key={comment.id} className="card comment">
                      <p className="muted small">
                        {t('statements.commentMeta', {
                          name: comment.displayName,
                          date: formatDate(comment.createdAt, locale),
                        })}
                      </p>
                      <p className="pre-line">{comment.body}</p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <StatementCommentForm statementId={data.id} />
        </>
      ) : null}
    </>
  );
}

/** (h) The public commitments of every published statement, overdue first, filtered by status. */
export function CommitmentsPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const raw = search.get('status');
  const status = (COMMITMENT_STATUSES as readonly string[]).includes(raw ?? '') ? raw : null;
  const page = Math.max(1, Number(search.get('page')) || 1);
  const { data, error, loading, reload } = useFetch<{ items: PublicCommitment[]; total: number }>(
    '/commitments',
    { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  );
  const href = (next: { status?: string | null; page?: number }) => {
    const params = new URLSearchParams();
    const s = 'status' in next ? next.status : status;
    if (s) params.set('status', s);
    if (next.page && next.page > 1) params.set('page', String(next.page));
    const text = params.toString();
    return `/commitments${text ? `?${text}` : ''}`;
  };
  return (
    <>
      <header className="page-header">
        <h1>{t('commitments.title')}</h1>
        <p className="muted">{t('commitments.intro')}</p>
      </header>
      <nav
        aria-label={t('commitments.filter')}
        className="status-filter"
        data-testid="portal-commitment-filter"
      >
        <span className="status-filter-label">{t('commitments.status')}</span>
        <Link
          to={href({ status: null })}
          aria-current={status === null ? 'true' : undefined}
          className="status-filter-link"
          data-testid="portal-commitment-filter-all"
        >
          {t('commitments.all')}
        </Link>
        {COMMITMENT_STATUSES.map((s) => (
          <Link
            key={s}
            to={href({ status: s })}
            aria-current={status === s ? 'true' : undefined}
            className={`status-filter-link commitment-${s}`}
            data-testid={`portal-commitment-filter-${s}`}
          >
            <span className="commitment-dot" aria-hidden="true" />
            {t(statusKey(s))}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="commitment-results" className="section">
        <h2 id="commitment-results" className="visually-hidden">
          {t('commitments.results', { total: data?.total ?? 0 })}
        </h2>
        {loading && !data ? <Loading /> : null}
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        {data ? (
          <>
            <p className="muted" aria-live="polite" data-testid="portal-commitments-total">
              {t('commitments.results', { total: data.total })}
            </p>
            {data.items.length === 0 ? <p className="notice">{t('commitments.empty')}</p> : null}
            <ul className="result-list" data-testid="portal-commitments">
              {data.items.map((c) => (
                <li key={c.id}>
                  <CommitmentCard commitment={c} showUnit />
                </li>
              ))}
            </ul>
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              onPage={(p) => navigate(href({ page: p }))}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
