import { call } from '../../../lib/api';
import { saveFile } from '../../../lib/files';

/** The notice as Word .docx in the official layout (the server audits the download). */
export async function downloadNotice(id: string): Promise<void> {
  saveFile(await call('getNoticeDocx', { params: { id } }), 'notice.docx');
}
