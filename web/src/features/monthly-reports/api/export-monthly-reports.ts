import { call } from '../../../lib/api';
import { saveFile } from '../../../lib/files';

/** One month's reports as an Excel workbook (the server audits the export). */
export async function exportMonthlyReports(campaignId: string, month: string): Promise<void> {
  saveFile(
    await call('exportMonthlyReports', { params: { id: campaignId }, query: { month } }),
    `monthly-reports-${month}.xlsx`,
  );
}

/** One month's digest as an official document in Word (the server audits the export). */
export async function downloadMonthlyReportDigest(campaignId: string, month: string): Promise<void> {
  saveFile(
    await call('getMonthlyReportDigest', { params: { id: campaignId }, query: { month } }),
    `monthly-digest-${month}.docx`,
  );
}
