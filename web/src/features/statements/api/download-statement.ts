import { call } from '../../../lib/api';
import { saveFile } from '../../../lib/files';

/** The statement as Word .docx in the official layout, with its commitments (the server audits the download). */
export async function downloadStatement(id: string): Promise<void> {
  saveFile(await call('getDutyStatementDocx', { params: { id } }), 'duty-statement.docx');
}
