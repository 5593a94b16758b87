import { fillPath, ROUTES, type StoredFile } from '@zeren/contracts';
import { call } from './api';

/** Stores a file for a unit (evidence, attachments: pdf, images, office documents, ≤ 20 MB; checked by content). */
export function uploadFile(unitId: string, file: File): Promise<StoredFile> {
  return call('uploadFile', { query: { unitId }, file });
}

/** Where a stored file is downloaded from (same-origin, the session cookie authorises it; audited). */
export function fileUrl(id: string): string {
  return fillPath(ROUTES.downloadFile.path, { id });
}

/**
 * Hands a downloaded file (an Excel template or export) to the browser's save dialog, under the
 * name the server gave it or `fallbackName`.
 */
export function saveFile(blob: Blob, fallbackName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = blob instanceof File && blob.name ? blob.name : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
