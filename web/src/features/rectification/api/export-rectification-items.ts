import { call } from '../../../lib/api';
import { saveFile } from '../../../lib/files';
import type { RectificationFilters } from '../types';

/** The empty Excel ledger, with the headings the import expects. */
export async function downloadLedgerTemplate(): Promise<void> {
  saveFile(await call('getRectificationImportTemplate', {}), 'rectification-ledger-template.xlsx');
}

/** The ledger items under the list's filters as an Excel file (the server audits the export). */
export async function exportRectificationItems(filters: RectificationFilters): Promise<void> {
  saveFile(await call('exportRectificationItems', { query: filters }), 'rectification-ledger.xlsx');
}
