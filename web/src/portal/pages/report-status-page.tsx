import type { PublicReportStage, PublicReportStatus, Satisfaction } from '@zeren/contracts';
import { SATISFACTION_LEVELS } from '@zeren/contracts/vocabulary';
import {
  type ChangeEvent,
  type FormEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { formatDate, formatDateTime } from '../../lib/format';
import { api, PortalApiError } from '../api';
import { Field } from '../components/field';
import { UploadRow, type UploadState } from '../components/upload-row';
import { type Translate, useI18n } from '../i18n';
import type { MessageKey } from '../i18n/zh-CN';
import { EVIDENCE_ACCEPT, evidenceProblem, uploadEvidence } from '../report/evidence';
import { isReceiptCode, normaliseReceiptCode, takeReceiptCode } from '../report/receipt-code';

type Stage = PublicReportStage;

/** The message of a failed call: the network's or the server's (in the visitor's language). */
const messageOf = (error: PortalApiError, t: Translate) =>
  error.status === 0 ? t('common.networkError') : error.problem.title;

/**
 * 查询举报办理情况: the receipt code, typed (spaces allowed) and sent in a request body, opens the
 * report — its stage, the conversation with the handler, more evidence and, after closure, the
 * rating and the one appeal. The code is held in this page's memory only: a reload asks again.
 */
export function ReportStatusPage() {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [status, setStatus] = useState<PublicReportStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const resultRef = useRef<HTMLElement>(null);

  const lookUp = async (candidate: string) => {
    setError(null);
    if (!isReceiptCode(candidate)) {
      setError(t('reportStatus.codeInvalid'));
      return;
    }
    setLoading(true);
    try {
      const found = await api<PublicReportStatus>('/reports/status', {
        method: 'POST',
        body: { receiptCode: candidate },
      });
      setCode(candidate);
      setStatus(found);
      setValue('');
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (e) {
      if (e instanceof PortalApiError)
        setError(e.status === 404 ? t('reportStatus.notFound') : messageOf(e, t));
    } finally {
      setLoading(false);
    }
  };

  // The code handed over by the receipt page ("see its progress"), once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on arrival only.
  useEffect(() => {
    const handed = takeReceiptCode();
    if (handed) void lookUp(handed);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void lookUp(normaliseReceiptCode(value));
  };
  const forget = () => {
    setCode(null);
    setStatus(null);
    setError(null);
  };

  return (
    <>
      <header className="page-header">
        <h1>{t('reportStatus.title')}</h1>
        {!status ? <p className="muted">{t('reportStatus.intro')}</p> : null}
      </header>
      {!status || !code ? (
        <form className="form search-form" onSubmit={submit} noValidate aria-busy={loading}>
          <div className={`field${error ? ' field-invalid' : ''}`}>
            <label htmlFor={`${id}-code`}>{t('reportStatus.code')}</label>
            <p id={`${id}-hint`} className="field-hint">
              {t('reportStatus.codeHint')}
            </p>
            <div className="search-row">
              <input
                id={`${id}-code`}
                aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
                aria-invalid={error ? true : undefined}
                value={value}
                onChange={(e) => setValue(e.target.value)}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                maxLength={40}
                className="code-input"
                data-testid="report-code"
              />
              <button
                type="submit"
                className="button button-primary"
                disabled={loading}
                data-testid="report-code-submit"
              >
                {t('reportStatus.submit')}
              </button>
            </div>
            {error ? (
              <p className="field-error" id={`${id}-error`} role="alert" data-testid="report-code-error">
                {error}
              </p>
            ) : null}
          </div>
          {loading ? (
            <p className="status" role="status">
              {t('common.loading')}
            </p>
          ) : null}
        </form>
      ) : (
        <ReportStatusView
          code={code}
          status={status}
          onStatus={setStatus}
          onForget={forget}
          headingRef={resultRef}
        />
      )}
    </>
  );
}

function ReportStatusView({
  code,
  status,
  onStatus,
  onForget,
  headingRef,
}: {
  code: string;
  status: PublicReportStatus;
  onStatus(status: PublicReportStatus): void;
  onForget(): void;
  headingRef: RefObject<HTMLElement | null>;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <div className="report-status" data-testid="report-status">
      <section className="card" aria-labelledby={`${id}-summary`} ref={headingRef} tabIndex={-1}>
        <h2 id={`${id}-summary`} data-testid="report-summary-text">
          {status.summary}
        </h2>
        <dl className="fields">
          <div>
            <dt>{t('reportStatus.receivedOn')}</dt>
            <dd>{formatDate(status.receivedOn, locale)}</dd>
          </div>
          <div>
            <dt>{t('reportStatus.kind')}</dt>
            <dd data-testid="report-kind">
              {status.anonymous ? t('reportStatus.anonymous') : t('reportStatus.named')}
            </dd>
          </div>
        </dl>
        <h3>{t('reportStatus.progress')}</h3>
        <StageSteps stage={status.stage} />
        <p className="status-hint" data-testid="report-stage-hint">
          {t(`stageHint.${status.stage}` as MessageKey)}
        </p>
        {status.conclusion ? (
          <dl className="fields conclusion">
            <div>
              <dt>{t('reportStatus.conclusion')}</dt>
              <dd data-testid="report-conclusion">{t(`conclusion.${status.conclusion}` as MessageKey)}</dd>
            </div>
          </dl>
        ) : null}
      </section>
      {!status.anonymous && status.identityRevealed ? (
        <p className="notice notice-warning section" role="note" data-testid="report-revealed">
          {t('reportStatus.revealed')}
        </p>
      ) : null}
      <Conversation code={code} status={status} onStatus={onStatus} />
      <Evidence code={code} status={status} onStatus={onStatus} />
      {status.canRate || status.satisfaction ? (
        <Rating code={code} status={status} onStatus={onStatus} />
      ) : null}
      {status.canAppeal || status.appealed ? (
        <Appeal code={code} status={status} onStatus={onStatus} />
      ) : null}
      <section className="section forget">
        <p className="field-hint">{t('reportStatus.forgetHint')}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={onForget}
          data-testid="report-forget"
        >
          {t('reportStatus.forget')}
        </button>
      </section>
    </div>
  );
}

/** Received → being handled → closed (the last step named by how it closed). */
function StageSteps({ stage }: { stage: Stage }) {
  const { t } = useI18n();
  const position = stage === 'received' ? 0 : stage === 'handling' ? 1 : 2;
  const last: Stage = position === 2 ? stage : 'concluded';
  const steps: Stage[] = ['received', 'handling', last];
  return (
    <ol className="steps" data-testid="report-steps">
      {steps.map((s, i) => {
        const state = i < position ? 'done' : i === position ? 'current' : 'todo';
        return (
          <li
            key={s}
            className={`step step-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
            data-testid={state === 'current' ? 'report-stage' : undefined}
          >
            <span className="step-index" aria-hidden="true">
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span className="step-label">{t(`stage.${s}` as MessageKey)}</span>
          </li>
        );
      })}
    </ol>
  );
}

interface Part {
  code: string;
  status: PublicReportStatus;
  onStatus(status: PublicReportStatus): void;
}

/**
 * A small form's sending: its busy flag, its field errors and its message; on success the new
 * status. A step no longer open (409: rated or appealed meanwhile) reloads the status.
 */
function useSend(code: string, onStatus: (status: PublicReportStatus) => void) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const send = async (path: string, body: Record<string, unknown>): Promise<boolean> => {
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      onStatus(await api<PublicReportStatus>(path, { method: 'POST', body: { receiptCode: code, ...body } }));
      return true;
    } catch (e) {
      if (!(e instanceof PortalApiError)) throw e;
      setErrors(e.fieldErrors());
      setMessage(messageOf(e, t));
      if (e.status === 409)
        api<PublicReportStatus>('/reports/status', { method: 'POST', body: { receiptCode: code } }).then(
          onStatus,
          () => undefined,
        );
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, message, setErrors, send };
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  const id = useId();
  return (
    <section className="section card" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Conversation({ code, status, onStatus }: Part) {
  const { t, locale } = useI18n();
  const [body, setBody] = useState('');
  const { busy, errors, message, setErrors, send } = useSend(code, onStatus);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setErrors({ body: t('suggest.fieldRequired') });
    if (await send('/reports/messages', { body })) setBody('');
  };
  return (
    <Section title={t('reportStatus.messages')} testId="report-messages">
      {status.messages.length === 0 ? (
        <p className="muted">{t('reportStatus.noMessages')}</p>
      ) : (
        <ol className="conversation">
          {status.messages.map((m) => (
            <li
              key={m.id}
              className={`bubble bubble-${m.direction === 'from_handler' ? 'handler' : 'reporter'}`}
              data-testid={`message-${m.direction}`}
            >
              <p className="bubble-meta">
                <span className="bubble-who">
                  {m.direction === 'from_handler'
                    ? t('reportStatus.fromHandler')
                    : t('reportStatus.fromReporter')}
                </span>{' '}
                <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, locale)}</time>
              </p>
              <p className="pre-line bubble-body">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form className="form reply-form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field
          label={t('reportStatus.reply')}
          hint={t('reportStatus.replyHint')}
          error={errors.body}
          required
        >
          {(p) => (
            <textarea
              {...p}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={3}
              maxLength={2000}
              data-testid="report-reply"
            />
          )}
        </Field>
        {message && !errors.body ? (
          <p className="field-error" role="alert">
            {message}
          </p>
        ) : null}
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          data-testid="report-reply-send"
        >
          {busy ? t('reportStatus.sending') : t('reportStatus.send')}
        </button>
      </form>
    </Section>
  );
}

function Evidence({ code, status, onStatus }: Part) {
  const { t } = useI18n();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [upload, setUpload] = useState<{ file: File; state: UploadState } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setProblem(null);
    if (!chosen) return;
    const why = evidenceProblem(chosen);
    if (why === 'tooLarge') setProblem(t('report.fileTooLarge', { name: chosen.name }));
    if (why === 'type') setProblem(t('report.fileType', { name: chosen.name }));
    if (why === 'empty') setProblem(t('report.fileEmpty', { name: chosen.name }));
  };
  const uploading = upload?.state.step === 'uploading';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(t('reportStatus.pickFile'));
    if (problem || uploading) return;
    abort.current = new AbortController();
    const sending = file;
    setUpload({ file: sending, state: { step: 'uploading', percent: 0 } });
    try {
      const next = await uploadEvidence(
        code,
        sending,
        (fraction) =>
          setUpload({ file: sending, state: { step: 'uploading', percent: Math.round(fraction * 99) } }),
        abort.current.signal,
      );
      setUpload({ file: sending, state: { step: 'done' } });
      setFile(null);
      if (input.current) input.current.value = '';
      onStatus(next);
    } catch (e) {
      if (abort.current.signal.aborted) return;
      const message = e instanceof PortalApiError ? messageOf(e, t) : String(e);
      setUpload({ file: sending, state: { step: 'failed', message } });
    }
  };
  return (
    <Section title={t('reportStatus.evidence')} testId="report-evidence">
      <p data-testid="report-evidence-count">
        {t('reportStatus.evidenceCount', { count: status.evidenceCount })}
      </p>
      <form className="form" onSubmit={submit} noValidate aria-busy={uploading}>
        <div className={`field${problem ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-file`}>{t('reportStatus.file')}</label>
          <p className="field-hint" id={`${id}-hint`}>
            {t('reportStatus.evidenceHint')}
          </p>
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept={EVIDENCE_ACCEPT}
            onChange={choose}
            aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
            aria-invalid={problem ? true : undefined}
            className="file-input"
            data-testid="report-evidence-file"
          />
          {problem ? (
            <p className="field-error" id={`${id}-error`}>
              {problem}
            </p>
          ) : null}
        </div>
        {upload ? (
          <ul className="upload-list">
            <UploadRow file={upload.file} state={upload.state} />
          </ul>
        ) : null}
        <button
          type="submit"
          className="button button-secondary"
          disabled={uploading}
          data-testid="report-evidence-upload"
        >
          {t('reportStatus.upload')}
        </button>
      </form>
    </Section>
  );
}

function Rating({ code, status, onStatus }: Part) {
  const { t } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState<Satisfaction | null>(null);
  const { busy, errors, message, setErrors, send } = useSend(code, onStatus);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return setErrors({ satisfaction: t('reportStatus.rateRequired') });
    await send('/reports/satisfaction', { satisfaction: choice });
  };
  if (status.satisfaction)
    return (
      <Section title={t('reportStatus.rateTitle')} testId="report-rating">
        <p className="state-done" data-testid="report-rated">
          {t('reportStatus.rated', { level: t(`satisfaction.${status.satisfaction}` as MessageKey) })}
        </p>
      </Section>
    );
  const error = errors.satisfaction ?? message;
  return (
    <Section title={t('reportStatus.rateTitle')} testId="report-rating">
      <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
        <fieldset
          className={`fieldset plain-fieldset${error ? ' field-invalid' : ''}`}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        >
          <legend>{t('reportStatus.rateQuestion')}</legend>
          <p className="field-hint" id={`${id}-hint`}>
            {t('reportStatus.rateOnce')}
          </p>
          <div className="segmented">
            {SATISFACTION_LEVELS.map((level) => (
              <label key={level} className={`segment${choice === level ? ' segment-selected' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-level`}
                  value={level}
                  checked={choice === level}
                  onChange={() => setChoice(level)}
                  data-testid={`report-rate-${level}`}
                />
                <span>{t(`satisfaction.${level}` as MessageKey)}</span>
              </label>
            ))}
          </div>
          {error ? (
            <p className="field-error" id={`${id}-error`} role="alert">
              {error}
            </p>
          ) : null}
        </fieldset>
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          data-testid="report-rate-send"
        >
          {t('reportStatus.rate')}
        </button>
      </form>
    </Section>
  );
}

function Appeal({ code, status, onStatus }: Part) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { busy, errors, message, setErrors, send } = useSend(code, onStatus);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setErrors({ reason: t('suggest.fieldRequired') });
    if (await send('/reports/appeal', { reason })) setReason('');
  };
  if (status.appealed)
    return (
      <Section title={t('reportStatus.appealTitle')} testId="report-appeal">
        <p className="state-done" data-testid="report-appealed">
          {t('reportStatus.appealed')}
        </p>
      </Section>
    );
  return (
    <Section title={t('reportStatus.appealTitle')} testId="report-appeal">
      <p>{t('reportStatus.appealIntro')}</p>
      <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field
          label={t('reportStatus.appealReason')}
          hint={t('reportStatus.appealHint')}
          error={errors.reason}
          required
        >
          {(p) => (
            <textarea
              {...p}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={4}
              maxLength={2000}
              data-testid="report-appeal-reason"
            />
          )}
        </Field>
        {message && !errors.reason ? (
          <p className="field-error" role="alert">
            {message}
          </p>
        ) : null}
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          data-testid="report-appeal-send"
        >
          {t('reportStatus.appealSubmit')}
        </button>
      </form>
    </Section>
  );
}
