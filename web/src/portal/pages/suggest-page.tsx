import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, PortalApiError } from '../api';
import { Field } from '../components/field';
import { type FormPhase, ProofOfWorkField } from '../components/proof-of-work-field';
import { useI18n } from '../i18n';
import { proveWork } from '../pow/solve';
import { useCampaign, usePortalUnits } from '../use-fetch';
import { SuggestionSent } from './suggestion-sent';

interface Form {
  unitId: string;
  domainId: string;
  title: string;
  content: string;
  name: string;
  contact: string;
}
const EMPTY: Form = { unitId: '', domainId: '', title: '', content: '', name: '', contact: '' };

/** (c) Send a suggestion: the browser solves the proof of work, then the tracking code is shown. */
export function SuggestPage() {
  const [trackingCode, setTrackingCode] = useState<string | null>(null);
  if (trackingCode) return <SuggestionSent code={trackingCode} onAnother={() => setTrackingCode(null)} />;
  return <SuggestForm onSent={setTrackingCode} />;
}

function SuggestForm({ onSent }: { onSent(code: string): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [phase, setPhase] = useState<FormPhase>({ step: 'editing' });
  const summaryRef = useRef<HTMLDivElement>(null);
  const abort = useRef<AbortController | null>(null);
  const campaign = useCampaign();
  const unitOptions = usePortalUnits();
  useEffect(() => () => abort.current?.abort(), []);

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
    const missing: Record<string, string> = {};
    if (!form.title.trim()) missing.title = t('suggest.fieldRequired');
    if (!form.content.trim()) missing.content = t('suggest.fieldRequired');
    if (Object.keys(missing).length > 0) return showErrors(missing, t('suggest.fixErrors'));
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
      const { trackingCode } = await api<{ trackingCode: string }>('/suggestions', {
        method: 'POST',
        body: {
          unitId: form.unitId || null,
          domainId: form.domainId || null,
          title: form.title,
          content: form.content,
          name: form.name || null,
          contact: form.contact || null,
          altcha,
        },
      });
      onSent(trackingCode);
    } catch (error) {
      if (abort.current?.signal.aborted) return;
      if (error instanceof PortalApiError) {
        const message = error.status === 0 ? t('common.networkError') : error.problem.title;
        showErrors(error.fieldErrors(), message);
      } else {
        showErrors({ altcha: t('suggest.powFailed') }, t('suggest.powFailed'));
      }
    } finally {
      setPhase({ step: 'editing' });
    }
  };

  const busy = phase.step !== 'editing';
  return (
    <>
      <header className="page-header">
        <h1>{t('suggest.title')}</h1>
        <p className="muted">{t('suggest.intro')}</p>
      </header>
      <div ref={summaryRef} tabIndex={-1} className="summary-anchor">
        {summary ? (
          <div className="notice notice-error" role="alert" data-testid="suggest-error">
            <p>{summary}</p>
            {Object.keys(errors).length > 0 && summary !== t('suggest.fixErrors') ? (
              <p>{t('suggest.fixErrors')}</p>
            ) : null}
          </div>
        ) : null}
      </div>
      <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field label={t('suggest.unit')} hint={t('suggest.unitHint')} error={errors.unitId}>
          {(p) => (
            <select {...p} value={form.unitId} onChange={set('unitId')} data-testid="suggest-unit">
              <option value="">{t('suggest.unitAny')}</option>
              {unitOptions.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {/* Shown while the campaign loads, so the fields below do not move when it arrives. */}
        {!campaign.data || campaign.data.domains.length > 0 ? (
          <Field label={t('suggest.domain')} error={errors.domainId}>
            {(p) => (
              <select {...p} value={form.domainId} onChange={set('domainId')} data-testid="suggest-domain">
                <option value="">{t('suggest.unitAny')}</option>
                {(campaign.data?.domains ?? []).map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('suggest.subject')} error={errors.title} required>
          {(p) => (
            <input
              {...p}
              value={form.title}
              onChange={set('title')}
              maxLength={100}
              data-testid="suggest-title"
            />
          )}
        </Field>
        <Field label={t('suggest.content')} hint={t('suggest.contentHint')} error={errors.content} required>
          {(p) => (
            <textarea
              {...p}
              value={form.content}
              onChange={set('content')}
              rows={6}
              maxLength={5000}
              data-testid="suggest-content"
            />
          )}
        </Field>
        <fieldset className="fieldset">
          <legend>{t('suggest.aboutYou')}</legend>
          <p className="field-hint privacy-note">{t('suggest.privacy')}</p>
          <Field label={t('suggest.name')} error={errors.name}>
            {(p) => (
              <input
                {...p}
                value={form.name}
                onChange={set('name')}
                maxLength={50}
                autoComplete="name"
                data-testid="suggest-name"
              />
            )}
          </Field>
          <Field label={t('suggest.contact')} error={errors.contact}>
            {(p) => (
              <input
                {...p}
                value={form.contact}
                onChange={set('contact')}
                maxLength={100}
                autoComplete="tel"
                data-testid="suggest-contact"
              />
            )}
          </Field>
        </fieldset>
        <ProofOfWorkField phase={phase} error={errors.altcha} errorTestId="suggest-pow-error" />
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          aria-describedby="pow-hint"
          data-testid="suggest-submit"
        >
          {t('suggest.submit')}
        </button>
      </form>
    </>
  );
}
