import type { BallotAnswers, PublicEvaluationRound, TokenBallotForm } from '@zeren/contracts';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { api, PortalApiError } from '../api';
import { Pagination } from '../components/pagination';
import { LoadError, Loading } from '../components/status';
import {
  isBallotToken,
  messageOf,
  normaliseToken,
  readTokenFragment,
  roundTiming,
  type TokenFragment,
} from '../evaluation/ballot';
import { type CastOutcome, TargetBallots } from '../evaluation/target-ballots';
import { useI18n } from '../i18n';
import { Link, navigate, useLocation } from '../router';
import { useFetch } from '../use-fetch';
import { RoundHeader, STATUS } from './evaluation-round-page';

const PAGE_SIZE = 20;

/** Drops the fragment (#token=…) from the address, so the token stays out of the history. */
function forgetFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/**
 * 群众评议: the rounds open to the public and the rounds with published results; below them an
 * invited evaluator types the token of their printed list. The printed QR code opens this page
 * with the token in the fragment (`#token=…`): it is read, dropped from the address, and held in
 * this page's memory only while the evaluator scores.
 */
export function EvaluatePage() {
  const { t } = useI18n();
  const [session, setSession] = useState<{ token: string; form: TokenBallotForm } | null>(null);
  const [tokenError, setTokenError] = useState<string | null>(null);
  const [looking, setLooking] = useState(false);
  const lookup = useRef<AbortController | null>(null);

  const lookUp = async (token: string) => {
    lookup.current?.abort();
    const controller = new AbortController();
    lookup.current = controller;
    setTokenError(null);
    setLooking(true);
    try {
      const form = await api<TokenBallotForm>('/evaluation-tokens/lookup', {
        method: 'POST',
        body: { token },
        signal: controller.signal,
      });
      setSession({ token, form });
      window.scrollTo(0, 0);
    } catch (error) {
      if (controller.signal.aborted) return;
      if (!(error instanceof PortalApiError)) throw error;
      const code = error.problem.code;
      setTokenError(
        error.status === 404 || code === 'BALLOT_TOKEN_INVALID'
          ? t('evaluate.tokenInvalid')
          : code === 'EVALUATION_NOT_OPEN'
            ? t('evaluate.tokenNotOpen')
            : messageOf(error, t),
      );
    } finally {
      if (!controller.signal.aborted) setLooking(false);
    }
  };

  // The token of a scanned QR code: read once on arrival (before any effect, so StrictMode's
  // second run still has it), then dropped from the address; later fragments as they come.
  const [arrival] = useState(() => readTokenFragment(window.location.hash));
  // biome-ignore lint/correctness/useExhaustiveDependencies: on arrival only; lookUp reads no state.
  useEffect(() => {
    const take = (found: TokenFragment) => {
      if (found.kind === 'none') return;
      forgetFragment();
      if (found.kind === 'token') void lookUp(found.token);
      else setTokenError(t('evaluate.tokenDamaged'));
    };
    take(arrival);
    const onHash = () => take(readTokenFragment(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
      lookup.current?.abort();
    };
  }, []);

  if (session)
    return (
      <TokenBallot
        token={session.token}
        form={session.form}
        onLeave={() => {
          setSession(null);
          window.scrollTo(0, 0);
        }}
      />
    );
  return (
    <>
      <header className="page-header">
        <h1>{t('evaluate.title')}</h1>
        <p className="muted">{t('evaluate.intro')}</p>
      </header>
      {looking ? <Loading /> : null}
      <RoundLists />
      <TokenEntry onToken={lookUp} error={tokenError} busy={looking} />
    </>
  );
}

/** The rounds, newest first: open ones to vote in, published ones to read. Never a count of an open round. */
function RoundLists() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const { data, error, loading, reload } = useFetch<{ items: PublicEvaluationRound[]; total: number }>(
    '/evaluation-rounds',
    { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  );
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError error={error} onRetry={reload} />;
  if (!data) return null;
  const now = Date.now();
  const open = data.items.filter((r) => r.status === 'open');
  const published = data.items.filter((r) => r.status === 'published');
  const windowOf = (r: PublicEvaluationRound) =>
    t('evaluate.window', { from: formatDateTime(r.opensAt, locale), to: formatDateTime(r.closesAt, locale) });
  return (
    <>
      <section className="section" aria-labelledby="eval-open-heading">
        <h2 id="eval-open-heading">{t('evaluate.openRounds')}</h2>
        {open.length === 0 ? <p className="notice">{t('evaluate.noOpenRounds')}</p> : null}
        <ul className="result-list" data-testid="eval-open-rounds">
          {open.map((r) => (
            <li key={r.id} className="card round-card round-open">
              <p className="eyebrow">{t(STATUS[roundTiming(r, now)])}</p>
              <h3 className="card-title">
                <Link to={`/evaluate/${r.id}`} className="round-link" data-testid={`eval-round-${r.id}`}>
                  {r.title}
                </Link>
              </h3>
              <p className="muted small">{windowOf(r)}</p>
              <p className="small">
                {t('evaluate.targetCount', { count: r.targets.length })}
                {r.publicGroups.length > 0
                  ? ` · ${t('evaluate.groupsLine', { groups: r.publicGroups.map((g) => g.name).join(t('evaluate.separator')) })}`
                  : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="eval-published-heading">
        <h2 id="eval-published-heading">{t('evaluate.publishedRounds')}</h2>
        {published.length === 0 ? <p className="notice">{t('evaluate.noPublishedRounds')}</p> : null}
        <ul className="result-list" data-testid="eval-published-rounds">
          {published.map((r) => (
            <li key={r.id} className="card round-card">
              <p className="eyebrow">{t('evaluate.statusPublished')}</p>
              <h3 className="card-title">
                <Link to={`/evaluate/${r.id}`} className="round-link" data-testid={`eval-round-${r.id}`}>
                  {r.title}
                </Link>
              </h3>
              <p className="muted small">{windowOf(r)}</p>
            </li>
          ))}
        </ul>
      </section>
      {data.total > PAGE_SIZE ? (
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={data.total}
          onPage={(p) => navigate(`/evaluate?page=${p}`)}
        />
      ) : null}
    </>
  );
}

/** An invited evaluator types the token printed on the list (or pastes the QR code's address). */
function TokenEntry({
  onToken,
  error,
  busy,
}: {
  onToken(token: string): void;
  error: string | null;
  busy: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const shown = problem ?? error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = normaliseToken(value);
    if (!isBallotToken(token)) {
      setProblem(t('evaluate.tokenShape'));
      return;
    }
    setProblem(null);
    onToken(token);
  };
  return (
    <section className="section card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('evaluate.tokenTitle')}</h2>
      <p className="muted">{t('evaluate.tokenIntro')}</p>
      <form className="form search-form" onSubmit={submit} noValidate aria-busy={busy}>
        <div className={`field${shown ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-token`}>{t('evaluate.token')}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t('evaluate.tokenHint')}
          </p>
          <div className="search-row">
            <input
              id={`${id}-token`}
              aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ''}`}
              aria-invalid={shown ? true : undefined}
              value={value}
              onChange={(e) => {
                setValue(e.target.value);
                setProblem(null);
              }}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              maxLength={300}
              className="token-input"
              data-testid="eval-token-input"
            />
            <button type="submit" className="button" disabled={busy} data-testid="eval-token-submit">
              {t('evaluate.tokenSubmit')}
            </button>
          </div>
          {shown ? (
            <p className="field-error" id={`${id}-error`} role="alert" data-testid="eval-token-error">
              {shown}
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}

/** 受邀评议: the token's round, its group, the targets (those scored marked), each scored with the token. */
function TokenBallot({ token, form, onLeave }: { token: string; form: TokenBallotForm; onLeave(): void }) {
  const { t, locale } = useI18n();
  const [voted, setVoted] = useState<ReadonlySet<string>>(() => new Set(form.votedTargetIds));
  const [earlier, setEarlier] = useState<ReadonlySet<string>>(() => new Set(form.votedTargetIds));
  const timing = roundTiming(form.round, Date.now());
  /** Why the server takes no more ballots (EVALUATION_NOT_OPEN), in its words. */
  const [closed, setClosed] = useState<string | null>(null);
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const cast = async (targetId: string, answers: BallotAnswers): Promise<CastOutcome> => {
    const mark = (isEarlier: boolean) => {
      setVoted((v) => new Set(v).add(targetId));
      if (isEarlier) setEarlier((v) => new Set(v).add(targetId));
      return { ok: true, earlier: isEarlier } as const;
    };
    try {
      await api('/evaluation-tokens/ballots', { method: 'POST', body: { token, targetId, answers } });
      return mark(false);
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      const code = error.problem.code;
      if (code === 'BALLOT_ALREADY_CAST') return mark(true);
      if (code === 'EVALUATION_NOT_OPEN') setClosed(messageOf(error, t));
      return {
        ok: false,
        message: code === 'BALLOT_TOKEN_INVALID' ? t('evaluate.tokenInvalid') : messageOf(error, t),
      };
    }
  };

  return (
    <div data-testid="eval-token-ballot">
      <div ref={heading} tabIndex={-1} className="summary-anchor">
        <RoundHeader round={form.round} eyebrow={t('evaluate.tokenTitle')} />
      </div>
      <p className="state-done" data-testid="eval-token-group">
        {t('evaluate.tokenGroup', { group: form.groupName })}
      </p>
      {form.round.status === 'published' ? (
        <p className="section notice" data-testid="eval-closed">
          {t('evaluate.closedPublished')}{' '}
          <Link to={`/evaluate/${form.round.id}`}>{t('evaluate.seeResults')}</Link>
        </p>
      ) : timing === 'upcoming' ? (
        <p className="section notice" data-testid="eval-upcoming">
          {t('evaluate.notYetOpen', { date: formatDateTime(form.round.opensAt, locale) })}
        </p>
      ) : timing === 'ended' || closed ? (
        <p className="section notice notice-warning" role="alert" data-testid="eval-closed">
          {closed ?? t('evaluate.closed')}
        </p>
      ) : (
        <TargetBallots round={form.round} voted={voted} earlier={earlier} cast={cast} />
      )}
      <section className="section forget">
        <p className="field-hint">{t('evaluate.tokenLeaveHint')}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={onLeave}
          data-testid="eval-token-leave"
        >
          {t('evaluate.tokenLeave')}
        </button>
      </section>
    </div>
  );
}
