import type { PublicSpotCheck, PublicSpotCheckDetail, SpotCheckVerification } from '@zeren/contracts';
import { useState } from 'react';
import { formatDate, formatDateTime } from '../../lib/format';
import { api } from '../api';
import { Pagination } from '../components/pagination';
import { LoadError, Loading } from '../components/status';
import { useI18n } from '../i18n';
import { Link, navigate, useLocation } from '../router';
import { useFetch } from '../use-fetch';

const PAGE_SIZE = 10;

function Summary({ plan }: { plan: PublicSpotCheck }) {
  const { t } = useI18n();
  return (
    <p>
      {t('spotChecks.summary', {
        count: plan.targetCount,
        noProblem: plan.noProblem,
        problems: plan.problemsFound,
        findings: plan.findingCount,
      })}
    </p>
  );
}

/** (f) Published spot checks (双随机一公开), newest first. */
export function SpotChecksPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const { data, error, loading, reload } = useFetch<{ items: PublicSpotCheck[]; total: number }>(
    '/spot-checks',
    {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
  );
  return (
    <>
      <header className="page-header">
        <h1>{t('spotChecks.title')}</h1>
        <p className="muted">{t('spotChecks.intro')}</p>
      </header>
      {loading && !data ? <Loading /> : null}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <>
          {data.items.length === 0 ? <p className="notice">{t('spotChecks.empty')}</p> : null}
          <ul className="result-list" data-testid="portal-spot-checks">
            {data.items.map((plan) => (
              <li key={plan.id} className="card">
                <article aria-labelledby={`spot-check-${plan.id}`}>
                  <p className="eyebrow">
                    {t(plan.kind === 'key' ? 'spotChecks.kind.key' : 'spotChecks.kind.general')} · {plan.code}
                  </p>
                  <h2 id={`spot-check-${plan.id}`} className="card-title">
                    <Link to={`/spot-checks/${plan.id}`}>{plan.title}</Link>
                  </h2>
                  <p className="muted">{t('spotChecks.organiser', { unit: plan.unitName })}</p>
                  <Summary plan={plan} />
                  <p className="muted small">
                    {t('spotChecks.publishedAt', { date: formatDate(plan.publishedAt, locale) })}
                  </p>
                </article>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            onPage={(p) => navigate(`/spot-checks?page=${p}`)}
          />
        </>
      ) : null}
    </>
  );
}

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
const bytesOfHex = (value: string) =>
  new Uint8Array((value.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));

/** The browser's own SHA-256 of the input and of commitment ‖ public value: no need to trust the server. */
async function checkInBrowser(detail: PublicSpotCheckDetail) {
  const encoder = new TextEncoder();
  const commitment = hex(await crypto.subtle.digest('SHA-256', encoder.encode(detail.drawInput)));
  const value = encoder.encode(detail.plan.publicValue);
  const joined = new Uint8Array([...bytesOfHex(detail.plan.commitment), ...value]);
  const seed = hex(await crypto.subtle.digest('SHA-256', joined));
  return { commitment: commitment === detail.plan.commitment, seed: seed === detail.plan.seed };
}

/** Checks the draw three ways: the commitment and the seed in the browser, the re-draw on the server. */
function Verify({ detail }: { detail: PublicSpotCheckDetail }) {
  const { t } = useI18n();
  const [state, setState] = useState<
    | { status: 'idle' }
    | { status: 'busy' }
    | { status: 'done'; commitment: boolean; seed: boolean; draw: boolean }
  >({ status: 'idle' });
  const run = async () => {
    setState({ status: 'busy' });
    const local = await checkInBrowser(detail).catch(() => ({ commitment: false, seed: false }));
    const server = await api<SpotCheckVerification>(
      `/spot-checks/${encodeURIComponent(detail.plan.id)}/verify`,
    ).catch(() => null);
    setState({ status: 'done', ...local, draw: server?.drawMatches ?? false });
  };
  const line = (label: string, ok: boolean) => (
    <li>{t('spotChecks.checkLine', { label, result: t(ok ? 'spotChecks.pass' : 'spotChecks.fail') })}</li>
  );
  return (
    <section aria-labelledby="verify-heading" className="section card">
      <h2 id="verify-heading">{t('spotChecks.verify')}</h2>
      <p className="muted">{t('spotChecks.verifyIntro')}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={run}
        disabled={state.status === 'busy'}
        data-testid="portal-spot-check-verify"
      >
        {state.status === 'busy' ? t('spotChecks.verifying') : t('spotChecks.verifyButton')}
      </button>
      {state.status === 'done' ? (
        <ul data-testid="portal-spot-check-verified">
          {line(t('spotChecks.checkCommitment'), state.commitment)}
          {line(t('spotChecks.checkSeed'), state.seed)}
          {line(t('spotChecks.checkDraw'), state.draw)}
        </ul>
      ) : null}
    </section>
  );
}

/** One published spot check: its rules, the draw's inputs and steps, targets, inspectors and results. */
export function SpotCheckPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useFetch<PublicSpotCheckDetail>(
    `/spot-checks/${encodeURIComponent(id)}`,
  );
  const back = (
    <p>
      <Link to="/spot-checks" className="back-link">
        ← {t('common.back')}
      </Link>
    </p>
  );
  if (loading && !data) return <Loading />;
  if (error?.status === 404 || error?.status === 400)
    return (
      <>
        {back}
        <p className="notice">{t('spotChecks.notFound')}</p>
      </>
    );
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return null;
  const { plan, targets, steps } = data;
  const names = new Map<string, string>();
  for (const target of targets) {
    names.set(target.rosterId, target.unitName);
    for (const inspector of target.inspectors) names.set(inspector.rosterId, inspector.name);
  }
  return (
    <>
      {back}
      <header className="page-header">
        <p className="eyebrow">
          {t(plan.kind === 'key' ? 'spotChecks.kind.key' : 'spotChecks.kind.general')} · {plan.code}
        </p>
        <h1>{plan.title}</h1>
        <p className="muted">{t('spotChecks.organiser', { unit: plan.unitName })}</p>
        {plan.description ? <p className="pre-line">{plan.description}</p> : null}
        <Summary plan={plan} />
      </header>
      <section aria-labelledby="rules-heading" className="section">
        <h2 id="rules-heading">{t('spotChecks.rules')}</h2>
        <ul>
          <li>
            {plan.ratioCapPercent === null
              ? t('spotChecks.noCap', { eligible: plan.eligibleTargets })
              : t('spotChecks.ratio', { percent: plan.ratioCapPercent, eligible: plan.eligibleTargets })}
          </li>
          <li>
            {t('spotChecks.perTarget', {
              count: plan.inspectorsPerTarget,
              eligible: plan.eligibleInspectors,
            })}
          </li>
          <li>
            {t('spotChecks.itemsLine', {
              items: plan.checkItems.map((i) => `${i.code} ${i.title}`).join(t('spotChecks.separator')),
            })}
          </li>
        </ul>
      </section>
      <section aria-labelledby="targets-heading" className="section">
        <h2 id="targets-heading">{t('spotChecks.targets')}</h2>
        <ol className="result-list" data-testid="portal-spot-check-targets">
          {targets.map((target) => (
            <li key={target.ordinal} className="card">
              <h3 className="card-title">
                {target.ordinal}. {target.unitName}
              </h3>
              <p>
                {t('spotChecks.inspectorsLine', {
                  names: target.inspectors
                    .map((i) => t('spotChecks.inspectorName', { name: i.name, unit: i.unitName }))
                    .join(t('spotChecks.separator')),
                })}
              </p>
              {target.outcome ? (
                <p>
                  <strong>
                    {t(
                      target.outcome === 'no_problem'
                        ? 'spotChecks.outcome.no_problem'
                        : 'spotChecks.outcome.problems_found',
                    )}
                  </strong>
                  {target.findingCount > 0
                    ? ` · ${t('spotChecks.findings', { count: target.findingCount })}`
                    : ''}
                </p>
              ) : null}
              {target.resultSummary ? <p className="pre-line">{target.resultSummary}</p> : null}
              {target.checkedOn ? (
                <p className="muted small">
                  {t('spotChecks.checkedOn', { date: formatDate(target.checkedOn, locale) })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="draw-heading" className="section">
        <h2 id="draw-heading">{t('spotChecks.draw')}</h2>
        <dl className="fields" data-testid="portal-spot-check-draw">
          <div>
            <dt>{t('spotChecks.commitment')}</dt>
            <dd className="mono" style={{ wordBreak: 'break-all' }}>
              {plan.commitment}
            </dd>
          </div>
          <div>
            <dt>{t('spotChecks.committedAt')}</dt>
            <dd>{formatDateTime(plan.committedAt, locale)}</dd>
          </div>
          <div>
            <dt>{t('spotChecks.publicValue')}</dt>
            <dd className="mono">{plan.publicValue}</dd>
          </div>
          <div>
            <dt>{t('spotChecks.publicValueSource')}</dt>
            <dd>{plan.publicValueSource}</dd>
          </div>
          <div>
            <dt>{t('spotChecks.publicValueDate')}</dt>
            <dd>{formatDate(plan.publicValueDate, locale)}</dd>
          </div>
          <div>
            <dt>{t('spotChecks.seed')}</dt>
            <dd className="mono" style={{ wordBreak: 'break-all' }}>
              {plan.seed}
            </dd>
          </div>
          <div>
            <dt>{t('spotChecks.algorithm')}</dt>
            <dd className="mono">{plan.algorithm}</dd>
          </div>
        </dl>
        <details className="card">
          <summary>{t('spotChecks.input')}</summary>
          <pre className="mono small" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {data.drawInput}
          </pre>
        </details>
        <details className="card">
          <summary>{t('spotChecks.steps', { count: steps.length })}</summary>
          <ol className="small">
            {steps.map((step) => (
              <li key={step.counter}>
                {t('spotChecks.step', {
                  counter: step.counter,
                  value: step.value,
                  bound: step.bound,
                  result: step.rosterId
                    ? t('spotChecks.stepPicked', { name: names.get(step.rosterId) ?? step.rosterId })
                    : t('spotChecks.stepRejected'),
                })}
              </li>
            ))}
          </ol>
        </details>
      </section>
      <Verify detail={data} />
    </>
  );
}
