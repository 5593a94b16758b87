import { download } from '../../../lib/transfer';
import type { DutyItemKind } from '../types';

/** The empty Excel template of a list, with the column headings the import expects. */
export function downloadImportTemplate(kind: DutyItemKind): Promise<void> {
  return download('/api/duty-items/import-template', { kind }, `${kind}-template.xlsx`);
}

/** An Excel file of the items the caller may see (the server audits the export). */
export function exportDutyItems(kind: DutyItemKind, unitId?: string): Promise<void> {
  return download('/api/duty-items/export', { kind, unitId }, `${kind}-list.xlsx`);
}
