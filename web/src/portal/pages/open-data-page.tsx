import type { CommitmentStatus, OpenDataCatalogue, OpenDataField, PublicProgress } from '@zeren/contracts';
import { formatDate } from '../../lib/format';
import { COMMITMENT_STATUSES, CommitmentBadge } from '../commitment-status';
import { LoadError, Loading } from '../components/status';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/zh-CN';
import { Link } from '../router';
import { useFetch } from '../use-fetch';

const TYPE_KEYS: Record<OpenDataField['type'], MessageKey> = {
  string: 'openData.type.string',
  integer: 'openData.type.integer',
  number: 'openData.type.number',
  boolean: 'openData.type.boolean',
  date: 'openData.type.date',
  datetime: 'openData.type.datetime',
};

/** 数据下载: every public dataset with its fields and its stable CSV and JSON addresses. */
export function OpenDataPage() {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useFetch<OpenDataCatalogue>('/open-data');
  return (
    <>
      <header className="page-header">
        <h1>{t('openData.title')}</h1>
        <p className="muted">{t('openData.intro')}</p>
        <p className="muted small">{t('openData.formats')}</p>
      </header>
      {loading && !data ? <Loading /> : null}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <ul className="result-list" data-testid="portal-open-data">
          {data.datasets.map((d) => (
            <li key={d.id} className="card" data-testid={`open-dataset-${d.id}`}>
              <article aria-labelledby={`dataset-${d.id}`}>
                <h2 id={`dataset-${d.id}`} className="card-title">
                  {d.title[locale]}
                </h2>
                <p>{d.description[locale]}</p>
                <p className="muted small">
                  {t('openData.rows', { count: d.rowCount })}
                  {d.updatedAt
                    ? ` · ${t('openData.updated', { date: formatDate(d.updatedAt, locale) })}`
                    : ''}
                </p>
                <p className="dataset-links">
                  <a className="button button-secondary" href={d.csvUrl} download={`${d.id}.csv`}>
                    {t('openData.downloadCsv')}
                  </a>
                  <a className="button button-secondary" href={d.jsonUrl} download={`${d.id}.json`}>
                    {t('openData.downloadJson')}
                  </a>
                </p>
                <details className="dataset-fields">
                  <summary>{t('openData.fields', { count: d.fields.length })}</summary>
                  <table className="field-table">
                    <thead>
                      <tr>
                        <th scope="col" className="field-cell field-name">
                          {t('openData.field')}
                        </th>
                        <th scope="col" className="field-cell field-type">
                          {t('openData.fieldType')}
                        </th>
                        <th scope="col" className="field-cell">
                          {t('openData.fieldDescription')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.fields.map((field) => (
                        <tr key={field.name}>
                          <td className="field-cell field-name mono">{field.name}</td>
                          <td className="field-cell field-type">{t(TYPE_KEYS[field.type])}</td>
                          <td className="field-cell">{field.description[locale]}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </article>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** A bar of parts, each its share of the whole in its status colour; the numbers are written beside it. */
function StatusBar({ counts }: { counts: Record<CommitmentStatus, number> }) {
  const total = COMMITMENT_STATUSES.reduce((a, s) => a + counts[s], 0);
  if (total === 0) return <span className="bar bar-empty" aria-hidden="true" />;
  return (
    <span className="bar" aria-hidden="true">
      {COMMITMENT_STATUSES.filter((s) => counts[s] > 0).map((s) => (
        <span
          key={s}
          className={`bar-part commitment-${s}`}
          style={{ width: `${(counts[s] / total) * 100}%` }}
        />
      ))}
    </span>
  );
}

/** One bar, `value` of `max`. */
function Bar({ value, max, tone }: { value: number; max: number; tone?: string }) {
  return (
    <span className="bar" aria-hidden="true">
      <span
        className={`bar-part ${tone ?? 'bar-tone'}`}
        style={{ width: `${max > 0 ? (value / max) * 100 : 0}%` }}
      />
    </span>
  );
}

function CommitmentCounts({ counts }: { counts: Record<CommitmentStatus, number> }) {
  return (
    <p className="commitment-counts">
      {COMMITMENT_STATUSES.map((s) => (
        <CommitmentBadge key={s} status={s} count={counts[s]} />
      ))}
    </p>
  );
}

/** 工作进展: the campaign in public figures — published records only, no person named. */
export function ProgressPage() {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useFetch<PublicProgress>('/progress');
  return (
    <>
      <header className="page-header">
        <h1>{t('progress.title')}</h1>
        <p className="muted">{t('progress.intro')}</p>
      </header>
      {loading && !data ? <Loading /> : null}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <div className="progress" data-testid="portal-progress">
          {data.campaign ? (
            <section className="card">
              <h2 className="card-title">{data.campaign.name}</h2>
              <p>
                {data.campaign.currentPhase
                  ? t('progress.currentPhase', {
                      phase: t(`phase.${data.campaign.currentPhase}` as MessageKey),
                    })
                  : t('progress.noPhase')}
              </p>
              <ol className="timeline">
                {data.campaign.phases.map((p, i) => (
                  <li
                    key={p.phase}
                    className={`timeline-step${p.phase === data.campaign?.currentPhase ? ' timeline-current' : ''}`}
                    aria-current={p.phase === data.campaign?.currentPhase ? 'step' : undefined}
                  >
                    <span className="timeline-index">{i + 1}</span>
                    <span className="timeline-name">{t(`phase.${p.phase}` as MessageKey)}</span>
                    <span className="timeline-dates">
                      {formatDate(p.startDate, locale)} – {formatDate(p.endDate, locale)}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          <section className="card section">
            <h2 className="card-title">{t('progress.suggestions')}</h2>
            <p>
              {t('progress.suggestionsLine', {
                published: data.suggestions.published,
                answered: data.suggestions.answered,
                actions: data.suggestions.withActions,
              })}
            </p>
            <Bar value={data.suggestions.answered} max={data.suggestions.published} />
          </section>

          <section className="card section">
            <h2 className="card-title">{t('progress.commitments')}</h2>
            <StatusBar counts={data.commitments} />
            <CommitmentCounts counts={data.commitments} />
          </section>

          <section className="card section">
            <h2 className="card-title">{t('progress.domains')}</h2>
            <ul className="figure-list" data-testid="portal-progress-domains">
              {data.domains.map((d) => (
                <li key={d.title ?? ''}>
                  <p className="figure-name">{d.title ?? t('progress.noDomain')}</p>
                  <p className="muted small">
                    {t('progress.domainLine', {
                      suggestions: d.suggestions,
                      answered: d.answeredSuggestions,
                      commitments: COMMITMENT_STATUSES.reduce((a, s) => a + d.commitments[s], 0),
                      overdue: d.commitments.overdue,
                    })}
                  </p>
                  <StatusBar counts={d.commitments} />
                </li>
              ))}
            </ul>
          </section>

          <section className="card section">
            <h2 className="card-title">{t('progress.units')}</h2>
            <p className="muted small">{t('progress.unitsIntro')}</p>
            {data.units.length === 0 ? <p>{t('progress.noUnits')}</p> : null}
            <ul className="figure-list" data-testid="portal-progress-units">
              {data.units.map((u) => (
                <li key={u.unitName}>
                  <p className="figure-name">{u.unitName}</p>
                  <p className="muted small">
                    {t('progress.unitLine', { overdue: u.overdue, commitments: u.commitments })}
                  </p>
                  <Bar value={u.overdue} max={u.commitments} tone="commitment-overdue" />
                </li>
              ))}
            </ul>
          </section>

          <section className="card section">
            <h2 className="card-title">{t('progress.published')}</h2>
            <ul className="figure-table">
              {data.datasets.map((d) => (
                <li key={d.id} className="figure-row">
                  <span>{d.title[locale]}</span>
                  <span>{t('openData.rows', { count: d.rowCount })}</span>
                </li>
              ))}
            </ul>
            <p>
              <Link to="/open-data">{t('progress.toOpenData')}</Link>
            </p>
          </section>
        </div>
      ) : null}
    </>
  );
}
