import { useI18n } from '../i18n';
import { fileSize } from '../report/evidence';

export type UploadState =
  | { step: 'waiting' }
  | { step: 'uploading'; percent: number }
  | { step: 'done' }
  | { step: 'failed'; message: string };

/** One file being uploaded: its name and size, a progress bar, then uploaded or the reason it failed. */
export function UploadRow({
  file,
  state,
  onRetry,
}: {
  file: { name: string; size: number };
  state: UploadState;
  onRetry?: (() => void) | undefined;
}) {
  const { t } = useI18n();
  const percent = state.step === 'done' ? 100 : state.step === 'uploading' ? state.percent : 0;
  return (
    <li className={`upload-row upload-${state.step}`} data-testid="upload-row">
      <span className="file-name">{file.name}</span>
      <span className="file-size">{fileSize(file.size)}</span>
      <progress max={100} value={percent} aria-label={file.name} />
      <span className="upload-state" data-testid="upload-state">
        {state.step === 'waiting' ? t('receipt.uploadWaiting') : null}
        {state.step === 'uploading' ? t('receipt.uploading', { percent: state.percent }) : null}
        {state.step === 'done' ? t('receipt.uploaded') : null}
        {state.step === 'failed' ? t('receipt.uploadFailed', { message: state.message }) : null}
      </span>
      {state.step === 'failed' && onRetry ? (
        <button type="button" className="button button-secondary upload-retry" onClick={onRetry}>
          {t('receipt.uploadRetry')}
        </button>
      ) : null}
    </li>
  );
}
