import { upload } from '../../../lib/transfer';
import type { StoredFile } from '../types';

/** Stores an evidence file for a unit (pdf, images, office documents, ≤ 20 MB; checked by content). */
export function uploadFile(unitId: string, file: File): Promise<StoredFile> {
  return upload<StoredFile>('/api/files', file, { query: { unitId } });
}

/** Where a stored file is downloaded from (same-origin, the session cookie authorises it). */
export function fileUrl(id: string): string {
  return `/api/files/${encodeURIComponent(id)}`;
}
