import type { MonthlyReportListQuery } from '@zeren/contracts';
import type { ServiceContext } from '../../platform/context';
import type { ServerModule } from '../../platform/module';
import { currentCampaignId } from '../campaign/campaign.service';
import { seedDemoMonthlyReports } from './monthly-reports.demo';
import { monthlyReportsMessages } from './monthly-reports.messages';
import { monthlyReportsRoutes } from './monthly-reports.routes';
import {
  listMonthlyReports,
  monthlyReportFigures,
  monthlyReportJob,
  monthlyReportRecord,
} from './monthly-reports.service';

/** 月报: monthly reports pre-filled from the records, approved by the unit's leader, reminded on a schedule. */
export const monthlyReportsModule: ServerModule = {
  name: 'monthlyReports',
  messages: monthlyReportsMessages,
  records: [monthlyReportRecord],
  routes: monthlyReportsRoutes,
  seedDemo: seedDemoMonthlyReports,
  jobs: [monthlyReportJob],
  figures: [
    { key: 'monthlyReports', order: 60, permission: 'monthlyReport.read', compute: monthlyReportFigures },
  ],
  // Within the campaign the person works under: reports its units still owe, reports to approve.
  workbench: (
    [
      ['monthlyReports.owed', 'monthlyReport.fill', { owed: 'true' }],
      ['monthlyReports.toApprove', 'monthlyReport.approve', { toApprove: 'true' }],
    ] as const
  ).map(([key, permission, filter]) => ({
    key,
    permission,
    operationId: 'listMonthlyReports' as const,
    query: async (ctx: ServiceContext) => {
      const campaignId = await currentCampaignId(ctx);
      return campaignId ? { ...filter, campaignId } : null;
    },
    count: async (ctx: ServiceContext, query: Record<string, string | number | boolean>) =>
      (await listMonthlyReports(ctx, { ...query, limit: 1 } as MonthlyReportListQuery)).total,
  })),
};
