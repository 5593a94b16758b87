import { call } from '../../../lib/api';
import { saveFile } from '../../../lib/files';

/** The results as an Excel workbook (one sheet per category, with the breakdown). */
export async function downloadResultsXlsx(id: string): Promise<void> {
  saveFile(await call('getEvaluationResultsXlsx', { params: { id } }), 'evaluation-results.xlsx');
}

/** The results notice (评议结果通报) as a Word document. */
export async function downloadResultsDocx(id: string): Promise<void> {
  saveFile(await call('getEvaluationResultsDocx', { params: { id } }), 'evaluation-results.docx');
}
