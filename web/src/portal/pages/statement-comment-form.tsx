import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, PortalApiError } from '../api';
import { Field } from '../components/field';
import { type FormPhase, ProofOfWorkField } from '../components/proof-of-work-field';
import { useI18n } from '../i18n';
import { proveWork } from '../pow/solve';

/** As the contract bounds them (statements.ts STATEMENT_TEXT_LIMITS). */
const BODY_MAX = 1000;
const NAME_MAX = 30;

interface Form {
  body: string;
  displayName: string;
}
const EMPTY: Form = { body: '', displayName: '' };

/**
 * 发表评论 on a published statement: the comment and an optional display name, behind the proof of
 * work the suggestion and report forms use. Sent, it says the comment shows once moderated; the
 * server's field errors show next to their fields.
 */
export function StatementCommentForm({ statementId }: { statementId: string }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [phase, setPhase] = useState<FormPhase>({ step: 'editing' });
  const [sent, setSent] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const sentRef = useRef<HTMLParagraphElement>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  const set = (key: keyof Form) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));

  const showErrors = (fieldErrors: Record<string, string>, message: string) => {
    setErrors(fieldErrors);
    setSummary(message);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase.step !== 'editing') return;
    if (!form.body.trim()) return showErrors({ body: t('suggest.fieldRequired') }, t('suggest.fixErrors'));
    setErrors({});
    setSummary(null);
    abort.current = new AbortController();
    try {
      setPhase({ step: 'verifying', percent: 0 });
      // A fresh proof for every attempt: each one is good for one submission only.
      const altcha = await proveWork(
        (fraction) => setPhase({ step: 'verifying', percent: Math.round(fraction * 100) }),
        abort.current.signal,
      );
      setPhase({ step: 'sending' });
      await api<{ status: 'pending' }>(`/duty-statements/${encodeURIComponent(statementId)}/comments`, {
        method: 'POST',
        body: { body: form.body, displayName: form.displayName.trim() || null, altcha },
      });
      setForm(EMPTY);
      setSent(true);
    } catch (error) {
      if (abort.current?.signal.aborted) return;
      if (error instanceof PortalApiError) {
        const message = error.status === 0 ? t('common.networkError') : error.problem.title;
        const fieldErrors = error.fieldErrors();
        // A refused proof of work comes without a field: it belongs to the human check.
        if (error.problem.code === 'PROOF_OF_WORK_INVALID' && !fieldErrors.altcha)
          fieldErrors.altcha = message;
        showErrors(fieldErrors, message);
      } else {
        showErrors({ altcha: t('suggest.powFailed') }, t('suggest.powFailed'));
      }
    } finally {
      setPhase({ step: 'editing' });
    }
  };

  const busy = phase.step !== 'editing';
  return (
    <section aria-labelledby="comment-form-heading" className="section no-print" data-testid="portal-comment">
      <h2 id="comment-form-heading">{t('statements.commentTitle')}</h2>
      {sent ? (
        <div className="success comment-sent" data-testid="portal-comment-sent">
          <p ref={sentRef} tabIndex={-1} role="status">
            {t('statements.commentSent')}
          </p>
          <button type="button" className="button button-secondary" onClick={() => setSent(false)}>
            {t('statements.commentAnother')}
          </button>
        </div>
      ) : (
        <>
          <p className="muted">{t('statements.commentIntro')}</p>
          <div ref={summaryRef} tabIndex={-1} className="summary-anchor">
            {summary ? (
              <div className="notice notice-error" role="alert" data-testid="portal-comment-error">
                <p>{summary}</p>
                {Object.keys(errors).length > 0 && summary !== t('suggest.fixErrors') ? (
                  <p>{t('suggest.fixErrors')}</p>
                ) : null}
              </div>
            ) : null}
          </div>
          <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
            <Field
              label={t('statements.commentBody')}
              hint={t('statements.commentBodyHint')}
              error={errors.body}
              required
            >
              {(p) => (
                <textarea
                  {...p}
                  value={form.body}
                  onChange={set('body')}
                  rows={5}
                  maxLength={BODY_MAX}
                  data-testid="portal-comment-body"
                />
              )}
            </Field>
            <Field
              label={t('statements.commentName')}
              hint={t('statements.commentNameHint')}
              error={errors.displayName}
            >
              {(p) => (
                <input
                  {...p}
                  value={form.displayName}
                  onChange={set('displayName')}
                  maxLength={NAME_MAX}
                  autoComplete="off"
                  data-testid="portal-comment-name"
                />
              )}
            </Field>
            <ProofOfWorkField phase={phase} error={errors.altcha} errorTestId="portal-comment-pow-error" />
            <button
              type="submit"
              className="button button-primary"
              disabled={busy}
              aria-describedby="pow-hint"
              data-testid="portal-comment-submit"
            >
              {t('statements.commentSubmit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
