import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, call } from '../../../lib/api';
import type { DutyItemKind, ImportRejectedRow, ImportReport } from '../types';
import { dutyKeys } from './query-keys';

export interface ImportDutyItemsInput {
  kind: DutyItemKind;
  unitId: string;
  file: File;
  /** `all` (default) imports nothing when a row is rejected; `valid` imports the valid rows. */
  mode: 'all' | 'valid';
}

/** Imports an Excel list; see `importReportOf` for the report of a refused import. */
export function importDutyItems({ kind, unitId, file, mode }: ImportDutyItemsInput): Promise<ImportReport> {
  return call('importDutyItems', { query: { kind, unitId, mode }, file });
}

/** The per-row report carried by a 422 IMPORT_HAS_ERRORS problem, or null for any other failure. */
export function importReportOf(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_HAS_ERRORS') return null;
  const body = error.body as { rejected?: ImportRejectedRow[]; imported?: number } | null;
  return { imported: body?.imported ?? 0, rejected: Array.isArray(body?.rejected) ? body.rejected : [] };
}

export function useImportDutyItems() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importDutyItems,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
}
