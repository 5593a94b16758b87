import type { BallotAnswers, EvaluatorGroup, PublicEvaluationRound } from '@zeren/contracts';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { api, PortalApiError } from '../api';
import { Field } from '../components/field';
import { type FormPhase, ProofOfWorkField } from '../components/proof-of-work-field';
import { LoadError, Loading } from '../components/status';
import {
  isBallotCode,
  isPhoneNumber,
  maskPhone,
  messageOf,
  normaliseCode,
  normalisePhone,
  RESEND_SECONDS,
  type RoundTiming,
  roundTiming,
  secondsLeft,
} from '../evaluation/ballot';
import { EvaluationResults } from '../evaluation/results';
import { type CastOutcome, TargetBallots } from '../evaluation/target-ballots';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/zh-CN';
import { proveWork } from '../pow/solve';
import { Link } from '../router';
import { useFetch } from '../use-fetch';

/** One round: an open one takes the citizen's ballots, a published one shows its results. */
export function EvaluationRoundPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useFetch<PublicEvaluationRound>(
    `/evaluation-rounds/${encodeURIComponent(id)}`,
  );
  return (
    <>
      <p>
        <Link to="/evaluate" className="back-link">
          {t('evaluate.back')}
        </Link>
      </p>
      {loading && !data ? <Loading /> : null}
      {error && !data ? (
        error.status === 404 ? (
          <p className="notice" data-testid="eval-not-found">
            {t('evaluate.notFound')}
          </p>
        ) : (
          <LoadError error={error} onRetry={reload} />
        )
      ) : null}
      {data ? (
        <>
          <RoundHeader round={data} />
          {data.status === 'published' ? (
            <EvaluationResults categories={data.results ?? []} />
          ) : roundTiming(data, Date.now()) === 'upcoming' ? (
            <p className="notice" data-testid="eval-upcoming">
              {t('evaluate.notYetOpen', { date: formatDateTime(data.opensAt, locale) })}
            </p>
          ) : roundTiming(data, Date.now()) === 'ended' ? (
            <p className="notice notice-warning" data-testid="eval-closed">
              {t('evaluate.closed')}
            </p>
          ) : data.publicGroups.length === 0 ? (
            <p className="notice" data-testid="eval-no-public">
              {t('evaluate.noPublicGroups')}
            </p>
          ) : (
            <PhoneBallot round={data} />
          )}
        </>
      ) : null}
    </>
  );
}

/** How a round's state reads: by its window while open, then published. */
export const STATUS: Record<RoundTiming | 'published', MessageKey> = {
  upcoming: 'evaluate.statusUpcoming',
  open: 'evaluate.statusOpen',
  ended: 'evaluate.statusEnded',
  published: 'evaluate.statusPublished',
};

/** The round's title, state, description and window. */
export function RoundHeader({ round, eyebrow }: { round: PublicEvaluationRound; eyebrow?: string }) {
  const { t, locale } = useI18n();
  return (
    <header className="page-header">
      <p className="eyebrow">
        {eyebrow ?? t(STATUS[round.status === 'published' ? 'published' : roundTiming(round, Date.now())])}
      </p>
      <h1>{round.title}</h1>
      {round.description ? <p className="pre-line">{round.description}</p> : null}
      <p className="muted small">
        {t('evaluate.window', {
          from: formatDateTime(round.opensAt, locale),
          to: formatDateTime(round.closesAt, locale),
        })}
      </p>
    </header>
  );
}

type Errors = Partial<Record<'phone' | 'code' | 'altcha' | 'group', string>>;

/** The seconds until another code may be asked for, counting down. */
function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (until <= Date.now()) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return secondsLeft(until, now);
}

/**
 * 群众评议: the citizen's mobile number (a code by SMS, behind the proof of work), the group
 * they vote as, then the targets one by one. The number and the code live in this component's
 * state only — never in storage, never in the address — and go in each ballot's body.
 */
function PhoneBallot({ round }: { round: PublicEvaluationRound }) {
  const { t } = useI18n();
  const groups = round.publicGroups;
  const [phone, setPhone] = useState('');
  const [sent, setSent] = useState<{ phone: string; minutes: number } | null>(null);
  const [resendAt, setResendAt] = useState(0);
  const [code, setCode] = useState('');
  const [group, setGroup] = useState<EvaluatorGroup | ''>(groups.length === 1 ? groups[0]!.group : '');
  const [voted, setVoted] = useState<ReadonlySet<string>>(new Set());
  const [earlier, setEarlier] = useState<ReadonlySet<string>>(new Set());
  /** Why the server takes no more ballots (EVALUATION_NOT_OPEN), in its words. */
  const [closed, setClosed] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [phase, setPhase] = useState<FormPhase>({ step: 'editing' });
  const abort = useRef<AbortController | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const phoneInput = useRef<HTMLInputElement>(null);
  const wait = useCountdown(resendAt);
  const groupId = useId();
  useEffect(() => () => abort.current?.abort(), []);

  const busy = phase.step !== 'editing';
  const chosen = groups.find((g) => g.group === group);
  const ready = sent !== null && isBallotCode(code) && chosen !== undefined;
  // Once shown, the targets stay (with their answers) while a new code is asked for and typed.
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (ready) setStarted(true);
  }, [ready]);

  const requestCode = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait > 0) return;
    const number = sent?.phone ?? normalisePhone(phone);
    if (!isPhoneNumber(number)) {
      setErrors({ phone: t('evaluate.phoneInvalid') });
      phoneInput.current?.focus();
      return;
    }
    setErrors({});
    setMessage(null);
    abort.current = new AbortController();
    try {
      setPhase({ step: 'verifying', percent: 0 });
      // A fresh proof for every code: each one is good for one request only.
      const altcha = await proveWork(
        (fraction) => setPhase({ step: 'verifying', percent: Math.round(fraction * 100) }),
        abort.current.signal,
      );
      setPhase({ step: 'sending' });
      const answer = await api<{ sent: true; minutes: number }>(
        `/evaluation-rounds/${encodeURIComponent(round.id)}/phone-code`,
        { method: 'POST', body: { phone: number, altcha } },
      );
      setSent({ phone: number, minutes: answer.minutes });
      setPhone(number);
      setResendAt(Date.now() + RESEND_SECONDS * 1000);
      requestAnimationFrame(() => codeInput.current?.focus());
    } catch (error) {
      if (abort.current?.signal.aborted) return;
      if (error instanceof PortalApiError) {
        const fields = error.fieldErrors();
        if (error.problem.code === 'EVALUATION_NOT_OPEN') setClosed(messageOf(error, t));
        else if (fields.phone) setErrors({ phone: fields.phone });
        else if (error.problem.code === 'PROOF_OF_WORK_INVALID') setErrors({ altcha: error.problem.title });
        else setMessage(messageOf(error, t));
      } else {
        setErrors({ altcha: t('suggest.powFailed') });
      }
    } finally {
      setPhase({ step: 'editing' });
    }
  };

  /** Another number: the code, the group's lock and the targets scored go with the old one. */
  const changeNumber = () => {
    abort.current?.abort();
    setSent(null);
    setStarted(false);
    setCode('');
    setResendAt(0);
    setVoted(new Set());
    setEarlier(new Set());
    setErrors({});
    setMessage(null);
    requestAnimationFrame(() => phoneInput.current?.focus());
  };

  const cast = async (targetId: string, answers: BallotAnswers): Promise<CastOutcome> => {
    if (!sent || !chosen) return { ok: false, message: t('evaluate.verifyFirst') };
    if (!isBallotCode(code)) {
      setErrors({ code: t('evaluate.codeInvalid') });
      requestAnimationFrame(() => codeInput.current?.focus());
      return { ok: false, message: t('evaluate.codeInvalid') };
    }
    const mark = (isEarlier: boolean) => {
      setVoted((v) => new Set(v).add(targetId));
      if (isEarlier) setEarlier((v) => new Set(v).add(targetId));
      return { ok: true, earlier: isEarlier } as const;
    };
    try {
      await api(`/evaluation-rounds/${encodeURIComponent(round.id)}/ballots`, {
        method: 'POST',
        body: { phone: sent.phone, code, group: chosen.group, targetId, answers },
      });
      return mark(false);
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      const problem = error.problem.code;
      // Scored before (this number, this target): shown as scored, not as a failure.
      if (problem === 'BALLOT_ALREADY_CAST') return mark(true);
      if (problem === 'EVALUATION_NOT_OPEN') setClosed(messageOf(error, t));
      if (problem === 'BALLOT_CODE_INVALID') {
        setErrors({ code: error.problem.title });
        requestAnimationFrame(() => codeInput.current?.focus());
      }
      return { ok: false, message: messageOf(error, t) };
    }
  };

  if (closed)
    return (
      <p className="notice notice-warning" role="alert" data-testid="eval-closed">
        {closed}
      </p>
    );

  return (
    <>
      <section className="section card verify" aria-labelledby={`${groupId}-verify`}>
        <h2 id={`${groupId}-verify`}>{t('evaluate.verifyTitle')}</h2>
        <p className="field-hint privacy-note">{t('evaluate.verifyIntro')}</p>
        <form className="form" onSubmit={requestCode} noValidate aria-busy={busy}>
          <Field label={t('evaluate.phone')} hint={t('evaluate.phoneHint')} error={errors.phone} required>
            {(p) => (
              <div className="search-row">
                <input
                  {...p}
                  ref={phoneInput}
                  type="tel"
                  value={phone}
                  onChange={(e) => setPhone(e.target.value)}
                  readOnly={sent !== null}
                  inputMode="tel"
                  autoComplete="tel-national"
                  maxLength={20}
                  data-testid="eval-phone"
                />
                {sent ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={changeNumber}
                    data-testid="eval-change-phone"
                  >
                    {t('evaluate.changePhone')}
                  </button>
                ) : null}
              </div>
            )}
          </Field>
          <ProofOfWorkField phase={phase} error={errors.altcha} errorTestId="eval-pow-error" />
          {message ? (
            <p className="field-error" role="alert" data-testid="eval-message">
              {message}
            </p>
          ) : null}
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || wait > 0}
            aria-describedby="pow-hint"
            data-testid="eval-request-code"
          >
            {wait > 0
              ? t('evaluate.resendIn', { seconds: wait })
              : sent
                ? t('evaluate.resend')
                : t('evaluate.requestCode')}
          </button>
        </form>
        {sent ? (
          <div className="form code-step">
            <p className="state-done" role="status" data-testid="eval-code-sent">
              {t('evaluate.codeSent', { phone: maskPhone(sent.phone), minutes: sent.minutes })}
            </p>
            <Field label={t('evaluate.code')} hint={t('evaluate.codeHint')} error={errors.code} required>
              {(p) => (
                <input
                  {...p}
                  ref={codeInput}
                  value={code}
                  onChange={(e) => {
                    setCode(normaliseCode(e.target.value));
                    setErrors((x) => ({ ...x, code: undefined }));
                  }}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={12}
                  className="code-input"
                  data-testid="eval-code"
                />
              )}
            </Field>
          </div>
        ) : null}
      </section>
      {groups.length > 1 ? (
        <fieldset className="section fieldset group-choice" data-testid="eval-group">
          <legend>{t('evaluate.group')}</legend>
          <p className="field-hint">{t(voted.size > 0 ? 'evaluate.groupLocked' : 'evaluate.groupHint')}</p>
          <div className="group-options">
            {groups.map((g) => (
              <label key={g.group} className={`segment${group === g.group ? ' segment-selected' : ''}`}>
                <input
                  type="radio"
                  name={`${groupId}-group`}
                  value={g.group}
                  checked={group === g.group}
                  disabled={voted.size > 0 && group !== g.group}
                  onChange={() => setGroup(g.group)}
                  data-testid={`eval-group-${g.group}`}
                />
                <span>{g.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : chosen ? (
        <p className="section muted" data-testid="eval-group">
          {t('evaluate.groupOnly', { group: chosen.name })}
        </p>
      ) : null}
      {(ready || started) && sent ? (
        <TargetBallots key={sent.phone} round={round} voted={voted} earlier={earlier} cast={cast} />
      ) : (
        <p className="section notice" data-testid="eval-steps-hint">
          {!sent || !isBallotCode(code) ? t('evaluate.verifyFirst') : t('evaluate.groupFirst')}
        </p>
      )}
    </>
  );
}
