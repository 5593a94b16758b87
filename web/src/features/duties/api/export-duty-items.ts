import { call } from '../../../lib/api';
import { saveFile } from '../../../lib/files';
import type { DutyItemKind } from '../types';

/** The empty Excel template of a list, with the column headings the import expects. */
export async function downloadImportTemplate(kind: DutyItemKind): Promise<void> {
  saveFile(await call('getDutyItemImportTemplate', { query: { kind } }), `${kind}-template.xlsx`);
}

/** An Excel file of the items the caller may see (the server audits the export). */
export async function exportDutyItems(kind: DutyItemKind, unitId?: string): Promise<void> {
  saveFile(await call('exportDutyItems', { query: { kind, unitId } }), `${kind}-list.xlsx`);
}
