import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { formatDate } from '../../lib/format';
import { PortalApiError } from '../api';
import { UploadRow, type UploadState } from '../components/upload-row';
import { useI18n } from '../i18n';
import { uploadEvidence } from '../report/evidence';
import { handOverReceiptCode, receiptCodeGroups } from '../report/receipt-code';
import { BASE, navigate } from '../router';

export interface SentReport {
  receiptCode: string;
  receivedOn: string;
  summary: string;
  files: File[];
}

/**
 * The receipt: the code, shown this once in groups of four, to copy or print; the evidence
 * chosen on the form uploading with it; and the visitor's confirmation that the code is saved
 * before the page may be left (it cannot be recovered).
 */
export function ReportReceipt({ report }: { report: SentReport }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const uploads = useUploads(report.receiptCode, report.files);
  const pending = uploads.states.some((s) => s.step === 'waiting' || s.step === 'uploading');
  const mayLeave = confirmed && !pending;
  useEffect(() => heading.current?.focus(), []);
  useLeaveGuard(!mayLeave, pending ? t('receipt.uploadsPending') : t('receipt.leaveWarning'));

  const grouped = receiptCodeGroups(report.receiptCode).join(' ');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(grouped);
      setCopied(true);
    } catch {
      // No clipboard permission: select the code so the visitor can copy it.
      const node = document.getElementById(`${id}-code`);
      if (node) {
        const range = document.createRange();
        range.selectNodeContents(node);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
    }
  };
  const statusUrl = `${window.location.origin}${BASE}/report/status`;
  const receivedOn = formatDate(report.receivedOn, locale);
  const leaveTo = (to: string) => {
    if (!mayLeave) return;
    if (to === '/report/status') handOverReceiptCode(report.receiptCode);
    navigate(to);
    window.scrollTo(0, 0);
  };

  return (
    <>
      <section className="receipt no-print" aria-labelledby={`${id}-heading`} data-testid="report-receipt">
        <h1 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {t('receipt.title')}
        </h1>
        <p className="receipt-label">{t('receipt.codeLabel')}</p>
        <p className="receipt-code" id={`${id}-code`} data-testid="receipt-code">
          {receiptCodeGroups(report.receiptCode).map((group, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the groups are positions in one code.
            <span key={i} className="receipt-code-group">
              {group}
              {/* A space between groups, so copying the selection keeps them apart. */}
              {i < 4 ? ' ' : null}
            </span>
          ))}
        </p>
        <p className="notice notice-warning receipt-once" role="note" data-testid="receipt-warning">
          {t('receipt.once')}
        </p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={copy} data-testid="receipt-copy">
            {t('receipt.copy')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => window.print()}
            data-testid="receipt-print"
          >
            {t('receipt.print')}
          </button>
          <span role="status" className="copied">
            {copied ? t('receipt.copied') : ''}
          </span>
        </div>
        <dl className="fields receipt-fields">
          <div>
            <dt>{t('receipt.receivedOn')}</dt>
            <dd>{receivedOn}</dd>
          </div>
          <div>
            <dt>{t('receipt.summary')}</dt>
            <dd>{report.summary}</dd>
          </div>
        </dl>
        {report.files.length > 0 ? (
          <section className="receipt-uploads" aria-labelledby={`${id}-uploads`}>
            <h2 id={`${id}-uploads`}>{t('receipt.uploads')}</h2>
            <ul className="upload-list" data-testid="receipt-uploads">
              {report.files.map((file, i) => (
                <UploadRow
                  // biome-ignore lint/suspicious/noArrayIndexKey: the files chosen do not change here.
                  key={i}
                  file={file}
                  state={uploads.states[i] ?? { step: 'waiting' }}
                  onRetry={() => uploads.retry(i)}
                />
              ))}
            </ul>
          </section>
        ) : null}
        <div className="receipt-confirm">
          <label className="confirm-check">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
              aria-describedby={`${id}-confirm-hint`}
              data-testid="receipt-confirm"
            />
            <span>{t('receipt.confirm')}</span>
          </label>
          <p className="field-hint" id={`${id}-confirm-hint`}>
            {pending ? t('receipt.uploadsPending') : t('receipt.confirmHint')}
          </p>
          <div className="actions actions-start">
            <button
              type="button"
              className="button button-primary"
              disabled={!mayLeave}
              aria-describedby={`${id}-confirm-hint`}
              onClick={() => leaveTo('/report/status')}
              data-testid="receipt-check-now"
            >
              {t('receipt.checkNow')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={!mayLeave}
              aria-describedby={`${id}-confirm-hint`}
              onClick={() => leaveTo('/')}
              data-testid="receipt-done"
            >
              {t('receipt.done')}
            </button>
          </div>
        </div>
      </section>
      {/* What the printout (or PDF) holds: the code, the date, the report and how to check it. */}
      <section className="print-sheet" aria-hidden="true">
        <h1>{t('receipt.printTitle')}</h1>
        <p className="print-app">
          {t('app.title')} · {t('app.subtitle')}
        </p>
        <p className="receipt-label">{t('receipt.codeLabel')}</p>
        <p className="receipt-code">{grouped}</p>
        <dl className="fields">
          <div>
            <dt>{t('receipt.receivedOn')}</dt>
            <dd>{receivedOn}</dd>
          </div>
          <div>
            <dt>{t('receipt.summary')}</dt>
            <dd>{report.summary}</dd>
          </div>
        </dl>
        <p>{t('receipt.howToCheck', { url: statusUrl })}</p>
        <p>{t('receipt.keepSafe')}</p>
      </section>
    </>
  );
}

/**
 * Uploads the files one after another with the new receipt code, keeping each one's state.
 * Unmounting aborts what is in flight; a remount (React's strict mode) resumes what is not done.
 */
function useUploads(receiptCode: string, files: File[]) {
  const { t } = useI18n();
  const [states, setStates] = useState<UploadState[]>(() => files.map(() => ({ step: 'waiting' })));
  const current = useRef(states);
  const [round, setRound] = useState(0);
  const update = useCallback((index: number, state: UploadState) => {
    current.current = current.current.map((s, i) => (i === index ? state : s));
    setStates(current.current);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a retry starts a new round.
  useEffect(() => {
    const controller = new AbortController();
    // What the previous round had in flight was aborted with it: it goes again.
    current.current = current.current.map((s) => (s.step === 'uploading' ? { step: 'waiting' } : s));
    setStates(current.current);
    (async () => {
      for (const [index, file] of files.entries()) {
        if (controller.signal.aborted) return;
        if (current.current[index]?.step !== 'waiting') continue;
        update(index, { step: 'uploading', percent: 0 });
        try {
          await uploadEvidence(
            receiptCode,
            file,
            (fraction) => update(index, { step: 'uploading', percent: Math.round(fraction * 99) }),
            controller.signal,
          );
          update(index, { step: 'done' });
        } catch (error) {
          if (controller.signal.aborted) return;
          const message =
            error instanceof PortalApiError && error.status !== 0
              ? error.problem.title
              : t('common.networkError');
          update(index, { step: 'failed', message });
        }
      }
    })();
    return () => controller.abort();
  }, [round]);
  const retry = (index: number) => {
    update(index, { step: 'waiting' });
    setRound((n) => n + 1);
  };
  return { states, retry };
}

/**
 * While `active`, asks before the page is left: closing or reloading the tab (the browser's own
 * question) and following a link inside the portal (ours, with `message`).
 */
function useLeaveGuard(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || event.defaultPrevented) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [active, message]);
}
