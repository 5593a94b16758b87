import { call } from '../../../lib/api';
import { saveFile } from '../../../lib/files';
import type { DashboardQuery } from './get-dashboard-summary';

/** The figures as a Word briefing with their charts, in the reader's language (the server audits the export). */
export async function exportDashboardBriefing(query: DashboardQuery): Promise<void> {
  saveFile(await call('exportDashboardBriefing', { query }), 'dashboard-briefing.docx');
}
