import type { PublicReportStatus } from '@zeren/contracts';
import { PortalApiError, problemOf } from '../api';
import { currentLocale } from '../i18n';

/** The largest file the server takes (contracts' MAX_FILE_BYTES, not imported: the portal bundle stays small). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
/** How many files the report form uploads after submission (the server allows 10 uploads a minute). */
export const MAX_FORM_FILES = 5;
/** The kinds the server recognises by content: PDF, images, office documents and plain text. */
export const EVIDENCE_EXTENSIONS = [
  'pdf',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'pptx',
  'txt',
] as const;
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(',');

/** Why a file cannot be sent ('tooLarge', 'type', 'empty'), or null when it can. */
export function evidenceProblem(file: { name: string; size: number }): 'tooLarge' | 'type' | 'empty' | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_EVIDENCE_BYTES) return 'tooLarge';
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  if (!file.name.includes('.') || !(EVIDENCE_EXTENSIONS as readonly string[]).includes(extension))
    return 'type';
  return null;
}

/** 1536 → '1.5 KB', 2 621 440 → '2.5 MB'. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The multipart body: the receipt code FIRST (the server reads it before the file), then the file. */
export function evidenceForm(receiptCode: string, file: Blob & { name?: string }): FormData {
  const form = new FormData();
  form.append('receiptCode', receiptCode);
  form.append('file', file, file.name ?? 'file');
  return form;
}

/**
 * Uploads one evidence file (POST /api/portal/reports/evidence) reporting progress 0–1 — an
 * XMLHttpRequest, as fetch cannot report an upload's progress. Answers the report's status;
 * fails with a PortalApiError (status 0 when the network failed) or an AbortError.
 */
export function uploadEvidence(
  receiptCode: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<PublicReportStatus> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/portal/reports/evidence');
    xhr.withCredentials = false;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    xhr.setRequestHeader('X-Requested-With', 'zeren');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total));
    };
    const networkError = () =>
      reject(new PortalApiError({ type: 'about:blank', title: '', status: 0, code: 'INTERNAL' }));
    xhr.onerror = networkError;
    xhr.onabort = () => reject(new DOMException('upload aborted', 'AbortError'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        onProgress(1);
        resolve(body as PublicReportStatus);
        return;
      }
      reject(new PortalApiError(problemOf(xhr.status, xhr.statusText, body)));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(evidenceForm(receiptCode, file));
  });
}
