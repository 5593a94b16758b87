import { useI18n } from '../i18n';

/** Where a public form stands: being edited, its proof of work being solved, or being sent. */
export type FormPhase = { step: 'editing' } | { step: 'verifying'; percent: number } | { step: 'sending' };

/**
 * The human check of a public form (a proof of work the browser solves instead of a CAPTCHA):
 * what it is, its progress, and its error. The submit button names it with `aria-describedby="pow-hint"`.
 */
export function ProofOfWorkField({
  phase,
  error,
  errorTestId,
}: {
  phase: FormPhase;
  error: string | undefined;
  errorTestId: string;
}) {
  const { t } = useI18n();
  return (
    <div className={`pow${error ? ' field-invalid' : ''}`}>
      <p className="field-hint" id="pow-hint">
        <strong>{t('suggest.powLabel')}</strong> {t('suggest.powHint')}
      </p>
      {phase.step === 'verifying' ? (
        <div role="status" className="pow-progress">
          <label htmlFor="pow-progress">{t('suggest.verifying', { percent: phase.percent })}</label>
          <progress id="pow-progress" max={100} value={phase.percent} />
        </div>
      ) : null}
      {phase.step === 'sending' ? <p role="status">{t('suggest.sending')}</p> : null}
      {error ? (
        <p className="field-error" data-testid={errorTestId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
