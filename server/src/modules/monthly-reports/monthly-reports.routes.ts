import { DOCX_MEDIA_TYPE, MONTHLY_REPORT_WORKFLOW, XLSX_MEDIA_TYPE } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { route, workflowRoute } from '../../platform/routes';
import * as monthly from './monthly-reports.service';

/** An ASCII download name (the Chinese one follows in filename*). */
function disposition(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** 月报: the reports, their lifecycle, the office's month, exports and the campaign's schedule. */
export function monthlyReportsRoutes(app: FastifyInstance): void {
  route(app, 'listMonthlyReports', (req) => monthly.listMonthlyReports(req.ctx, req.query));
  route(app, 'getMonthlyReport', (req) => monthly.getMonthlyReport(req.ctx, req.params.id));
  route(app, 'updateMonthlyReport', (req) => monthly.updateMonthlyReport(req.ctx, req.params.id, req.body));
  workflowRoute(app, MONTHLY_REPORT_WORKFLOW, 'MonthlyReport', (req, action, id, input) =>
    monthly.transitionMonthlyReport(req.ctx, id, action, input),
  );
  route(app, 'remindMonthlyReport', (req) => monthly.remindMonthlyReport(req.ctx, req.params.id, req.body));
  route(app, 'getMonthlyReportOverview', (req) =>
    monthly.getMonthlyReportOverview(req.ctx, req.params.id, req.query.month),
  );
  route(app, 'exportMonthlyReports', async (req, reply) =>
    reply
      .type(XLSX_MEDIA_TYPE)
      .header(
        'Content-Disposition',
        disposition(`monthly-reports-${req.query.month}.xlsx`, `月报汇总${req.query.month}.xlsx`),
      )
      .send(await monthly.exportMonthlyReports(req.ctx, req.params.id, req.query.month)),
  );
  route(app, 'getMonthlyReportDigest', async (req, reply) =>
    reply
      .type(DOCX_MEDIA_TYPE)
      .header(
        'Content-Disposition',
        disposition(`monthly-digest-${req.query.month}.docx`, `月报情况通报${req.query.month}.docx`),
      )
      .send(await monthly.monthlyReportDigest(req.ctx, req.params.id, req.query.month)),
  );
  route(app, 'getMonthlyReportSettings', (req) => monthly.getMonthlyReportSettings(req.ctx, req.params.id));
  route(app, 'updateMonthlyReportSettings', (req) =>
    monthly.updateMonthlyReportSettings(req.ctx, req.params.id, req.body),
  );
}
