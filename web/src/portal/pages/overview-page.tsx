import type { PublicCampaign } from '@zeren/contracts';
import { EMPTY, formatDateRange } from '../../lib/format';
import { LoadError, Loading } from '../components/status';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/zh-CN';
import { Link } from '../router';
import { useCampaign } from '../use-fetch';

/** (a) The active campaign: name, year, phase timeline with the current phase, the key domains. */
export function OverviewPage() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useCampaign();
  if (loading && !data) return <Loading />;
  if (error?.status === 404) return <p className="notice">{t('overview.noCampaign')}</p>;
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return null;
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">{t('overview.year', { year: data.year })}</p>
        <h1>{data.name}</h1>
        <p className="muted">{t('overview.organiser', { unit: data.unitName })}</p>
        <p className="muted">{t('overview.reportDay', { day: data.reportDay })}</p>
      </header>
      <section aria-labelledby="report-heading" className="section report-cta" data-testid="overview-report">
        <h2 id="report-heading">{t('overview.reportTitle')}</h2>
        <p>{t('overview.reportText')}</p>
        <p className="actions actions-start">
          <Link to="/report" className="button button-primary" data-testid="overview-report-new">
            {t('report.tabNew')}
          </Link>
          <Link to="/report/status" className="button button-secondary" data-testid="overview-report-status">
            {t('report.tabStatus')}
          </Link>
        </p>
      </section>
      <PhaseTimeline phases={data.phases} current={data.currentPhase} />
      <section aria-labelledby="domains-heading" className="section">
        <h2 id="domains-heading">{t('overview.domains')}</h2>
        <ol className="domain-list">
          {data.domains.map((d) => (
            <DomainCard key={d.id} domain={d} />
          ))}
        </ol>
      </section>
    </>
  );
}

function PhaseTimeline({
  phases,
  current,
}: Pick<PublicCampaign, 'phases'> & { current: PublicCampaign['currentPhase'] }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="timeline-heading" className="section">
      <h2 id="timeline-heading">{t('overview.timeline')}</h2>
      <ol className="timeline" data-testid="phase-timeline">
        {phases.map((p, i) => {
          const isCurrent = p.phase === current;
          return (
            <li
              key={p.phase}
              className={`timeline-step${isCurrent ? ' timeline-current' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="timeline-index" aria-hidden="true">
                {i + 1}
              </span>
              <span className="timeline-name">{t(`phase.${p.phase}` as MessageKey)}</span>
              <span className="timeline-dates">{formatDateRange(p.startDate, p.endDate, locale)}</span>
              {isCurrent ? <span className="badge">{t('overview.current')}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function DomainCard({ domain }: { domain: PublicCampaign['domains'][number] }) {
  const { t } = useI18n();
  return (
    <li className="card">
      <h3>{domain.title}</h3>
      {domain.description ? <p>{domain.description}</p> : null}
      {domain.focusProblems ? (
        <details>
          <summary>{t('overview.focusProblems')}</summary>
          <p className="pre-line">{domain.focusProblems}</p>
        </details>
      ) : null}
      <dl className="meta">
        <dt>{t('overview.leadUnits')}</dt>
        <dd>{domain.leadUnits.length > 0 ? domain.leadUnits.map((u) => u.name).join(' · ') : EMPTY}</dd>
      </dl>
    </li>
  );
}
