import { call } from '../../../lib/api';
import { saveFile } from '../../../lib/files';

/** The empty Excel ledger, with the headings the import expects. */
export async function downloadLedgerTemplate(): Promise<void> {
  saveFile(await call('getRectificationImportTemplate', {}), 'rectification-ledger-template.xlsx');
}
