import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, call } from '../../../lib/api';
import type { RectificationImportRejectedRow, RectificationImportResult } from '../types';
import { refreshRectification } from './query-keys';

/** Imports an Excel ledger into a unit, all or nothing; see `ledgerReportOf` for a refused file. */
export function importRectificationItems(input: {
  unitId: string;
  file: File;
}): Promise<RectificationImportResult> {
  return call('importRectificationItems', { query: { unitId: input.unitId }, file: input.file });
}

/** The per-row report carried by a 422 IMPORT_HAS_ERRORS problem, or null for any other failure. */
export function ledgerReportOf(error: unknown): RectificationImportRejectedRow[] | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_HAS_ERRORS') return null;
  const body = error.body as { rejected?: RectificationImportRejectedRow[] } | null;
  return Array.isArray(body?.rejected) ? body.rejected : [];
}

export function useImportRectificationItems() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importRectificationItems,
    onSuccess: () => refreshRectification(queryClient),
  });
}
