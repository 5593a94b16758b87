import { type ChangeEvent, type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { api, PortalApiError } from '../api';
import { Field } from '../components/field';
import { type FormPhase, ProofOfWorkField } from '../components/proof-of-work-field';
import { useI18n } from '../i18n';
import { proveWork } from '../pow/solve';
import { EVIDENCE_ACCEPT, evidenceProblem, fileSize, MAX_FORM_FILES } from '../report/evidence';
import { usePortalUnits } from '../use-fetch';
import { ReportReceipt, type SentReport } from './report-receipt';

interface Form {
  anonymous: boolean | null;
  name: string;
  contact: string;
  unitName: string;
  summary: string;
  details: string;
}
const EMPTY: Form = { anonymous: null, name: '', contact: '', unitName: '', summary: '', details: '' };

const fileKey = (file: File) => `${file.name}|${file.size}|${file.lastModified}`;

/** 我要举报: a named or anonymous report; then the receipt code, shown once. */
export function ReportPage() {
  const [sent, setSent] = useState<SentReport | null>(null);
  if (sent) return <ReportReceipt report={sent} />;
  return <ReportForm onSent={setSent} />;
}

/** The server's field paths → the form's fields (a picked unit's id is the unit field's). */
const FIELD_OF: Record<string, string> = { unitId: 'unitName', anonymous: 'identity' };

function ReportForm({ onSent }: { onSent(report: SentReport): void }) {
  const { t } = useI18n();
  const id = useId();
  const [form, setForm] = useState<Form>(EMPTY);
  const [files, setFiles] = useState<File[]>([]);
  const [fileNotes, setFileNotes] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [phase, setPhase] = useState<FormPhase>({ step: 'editing' });
  const summaryRef = useRef<HTMLDivElement>(null);
  const abort = useRef<AbortController | null>(null);
  const units = usePortalUnits();
  useEffect(() => () => abort.current?.abort(), []);

  /** Editing a field clears its error (the others stay until the next attempt). */
  const clearError = (key: string) =>
    setErrors((all) => {
      if (!(key in all)) return all;
      const { [key]: _cleared, ...rest } = all;
      return rest;
    });
  const set =
    (key: 'name' | 'contact' | 'unitName' | 'summary' | 'details') =>
    (event: { target: { value: string } }) => {
      setForm((f) => ({ ...f, [key]: event.target.value }));
      clearError(key);
    };

  const showErrors = (fieldErrors: Record<string, string>, message: string) => {
    setErrors(fieldErrors);
    setSummary(message);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const addFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = '';
    const notes: string[] = [];
    const next = [...files];
    for (const file of chosen) {
      const problem = evidenceProblem(file);
      if (problem === 'tooLarge') notes.push(t('report.fileTooLarge', { name: file.name }));
      else if (problem === 'type') notes.push(t('report.fileType', { name: file.name }));
      else if (problem === 'empty') notes.push(t('report.fileEmpty', { name: file.name }));
      else if (next.length >= MAX_FORM_FILES) {
        notes.push(t('report.tooManyFiles', { max: MAX_FORM_FILES }));
        break;
      } else next.push(file);
    }
    setFiles(next);
    setFileNotes(notes);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase.step !== 'editing') return;
    const required = t('suggest.fieldRequired');
    const missing: Record<string, string> = {};
    if (form.anonymous === null) missing.identity = t('report.identityRequired');
    if (form.anonymous === false && !form.name.trim()) missing.name = required;
    if (form.anonymous === false && !form.contact.trim()) missing.contact = required;
    if (!form.unitName.trim()) missing.unitName = required;
    if (!form.summary.trim()) missing.summary = required;
    if (!form.details.trim()) missing.details = required;
    if (Object.keys(missing).length > 0) return showErrors(missing, t('suggest.fixErrors'));
    setErrors({});
    setSummary(null);
    abort.current = new AbortController();
    const unitName = form.unitName.trim();
    const picked = units.find((u) => u.name === unitName);
    try {
      setPhase({ step: 'verifying', percent: 0 });
      // A fresh proof for every attempt: each one is good for one submission only.
      const altcha = await proveWork(
        (fraction) => setPhase({ step: 'verifying', percent: Math.round(fraction * 100) }),
        abort.current.signal,
      );
      setPhase({ step: 'sending' });
      const anonymous = form.anonymous === true;
      const sent = await api<{ receiptCode: string; receivedOn: string }>('/reports', {
        method: 'POST',
        body: {
          anonymous,
          // An anonymous report sends no identity at all, whatever was typed before switching.
          ...(anonymous ? {} : { name: form.name.trim(), contact: form.contact.trim() }),
          unitName,
          ...(picked ? { unitId: picked.id } : {}),
          summary: form.summary,
          details: form.details,
          altcha,
        },
      });
      onSent({ ...sent, summary: form.summary.trim(), files });
    } catch (error) {
      if (abort.current?.signal.aborted) return;
      if (error instanceof PortalApiError) {
        const message = error.status === 0 ? t('common.networkError') : error.problem.title;
        const fieldErrors = Object.fromEntries(
          Object.entries(error.fieldErrors()).map(([path, text]) => [FIELD_OF[path] ?? path, text]),
        );
        showErrors(fieldErrors, message);
      } else {
        showErrors({ altcha: t('suggest.powFailed') }, t('suggest.powFailed'));
      }
    } finally {
      setPhase({ step: 'editing' });
    }
  };

  const busy = phase.step !== 'editing';
  const chooseIdentity = (anonymous: boolean) => {
    setForm((f) => ({ ...f, anonymous }));
    clearError('identity');
  };
  return (
    <>
      <header className="page-header">
        <h1>{t('report.title')}</h1>
        <p className="muted">{t('report.intro')}</p>
      </header>
      <div ref={summaryRef} tabIndex={-1} className="summary-anchor">
        {summary ? (
          <div className="notice notice-error" role="alert" data-testid="report-error">
            <p>{summary}</p>
            {Object.keys(errors).length > 0 && summary !== t('suggest.fixErrors') ? (
              <p>{t('suggest.fixErrors')}</p>
            ) : null}
          </div>
        ) : null}
      </div>
      <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
        <fieldset
          className={`fieldset identity-choice${errors.identity ? ' field-invalid' : ''}`}
          aria-describedby={errors.identity ? `${id}-identity-error` : undefined}
          data-testid="report-identity"
        >
          <legend>
            {t('report.identity')}
            <span className="field-marker">{t('common.required')}</span>
          </legend>
          <label className={`choice-card${form.anonymous === true ? ' choice-selected' : ''}`}>
            <input
              type="radio"
              name={`${id}-identity`}
              checked={form.anonymous === true}
              onChange={() => chooseIdentity(true)}
              aria-describedby={`${id}-anonymous-explain`}
              data-testid="report-anonymous"
            />
            <span className="choice-body">
              <span className="choice-title">{t('report.anonymous')}</span>
              <span className="choice-explain" id={`${id}-anonymous-explain`}>
                {t('report.anonymousExplain')}
              </span>
            </span>
          </label>
          <label className={`choice-card${form.anonymous === false ? ' choice-selected' : ''}`}>
            <input
              type="radio"
              name={`${id}-identity`}
              checked={form.anonymous === false}
              onChange={() => chooseIdentity(false)}
              aria-describedby={`${id}-named-explain`}
              data-testid="report-named"
            />
            <span className="choice-body">
              <span className="choice-title">{t('report.named')}</span>
              <span className="choice-explain" id={`${id}-named-explain`}>
                {t('report.namedExplain')}
              </span>
            </span>
          </label>
          {errors.identity ? (
            <p className="field-error" id={`${id}-identity-error`}>
              {errors.identity}
            </p>
          ) : null}
        </fieldset>
        {form.anonymous === false ? (
          <fieldset className="fieldset">
            <legend>{t('report.aboutYou')}</legend>
            <Field label={t('report.name')} error={errors.name} required>
              {(p) => (
                <input
                  {...p}
                  value={form.name}
                  onChange={set('name')}
                  maxLength={50}
                  autoComplete="name"
                  data-testid="report-name"
                />
              )}
            </Field>
            <Field label={t('report.contact')} hint={t('report.contactHint')} error={errors.contact} required>
              {(p) => (
                <input
                  {...p}
                  value={form.contact}
                  onChange={set('contact')}
                  maxLength={100}
                  autoComplete="tel"
                  inputMode="tel"
                  data-testid="report-contact"
                />
              )}
            </Field>
          </fieldset>
        ) : null}
        <Field label={t('report.unit')} hint={t('report.unitHint')} error={errors.unitName} required>
          {(p) => (
            <>
              <input
                {...p}
                value={form.unitName}
                onChange={set('unitName')}
                maxLength={100}
                list={`${id}-units`}
                autoComplete="off"
                data-testid="report-unit"
              />
              <datalist id={`${id}-units`}>
                {units.map((u) => (
                  <option key={u.id} value={u.name} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('report.summary')} hint={t('report.summaryHint')} error={errors.summary} required>
          {(p) => (
            <input
              {...p}
              value={form.summary}
              onChange={set('summary')}
              maxLength={200}
              data-testid="report-summary"
            />
          )}
        </Field>
        <Field label={t('report.details')} hint={t('report.detailsHint')} error={errors.details} required>
          {(p) => (
            <textarea
              {...p}
              value={form.details}
              onChange={set('details')}
              rows={8}
              maxLength={8000}
              data-testid="report-details"
            />
          )}
        </Field>
        <div className="field">
          <label htmlFor={`${id}-files`}>
            {t('report.files')}
            <span className="field-marker">{t('common.optional')}</span>
          </label>
          <p className="field-hint" id={`${id}-files-hint`}>
            {t('report.filesHint', { max: MAX_FORM_FILES })}
          </p>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept={EVIDENCE_ACCEPT}
            onChange={addFiles}
            aria-describedby={`${id}-files-hint`}
            className="file-input"
            data-testid="report-files"
          />
          {fileNotes.map((note) => (
            <p key={note} className="field-error" role="alert">
              {note}
            </p>
          ))}
          {files.length > 0 ? (
            <ul className="file-list" data-testid="report-file-list">
              {files.map((file, index) => (
                <li key={fileKey(file)} className="file-row">
                  <span className="file-name">{file.name}</span>
                  <span className="file-size">{fileSize(file.size)}</span>
                  <button
                    type="button"
                    className="button button-link"
                    aria-label={t('report.fileRemoveLabel', { name: file.name })}
                    onClick={() => setFiles((all) => all.filter((_, i) => i !== index))}
                  >
                    {t('report.fileRemove')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <ProofOfWorkField phase={phase} error={errors.altcha} errorTestId="report-pow-error" />
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          aria-describedby="pow-hint"
          data-testid="report-submit"
        >
          {t('report.submit')}
        </button>
      </form>
    </>
  );
}
