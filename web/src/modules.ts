import { accountabilityModule } from './features/accountability/module';
import { auditModule } from './features/audit/module';
import { authModule } from './features/auth/module';
import { calendarModule } from './features/calendar/module';
import { campaignModule } from './features/campaign/module';
import { dashboardModule } from './features/dashboard/module';
import { dutiesModule } from './features/duties/module';
import { evaluationModule } from './features/evaluation/module';
import { homeModule } from './features/home/module';
import { keyTasksModule } from './features/key-tasks/module';
import { monthlyReportsModule } from './features/monthly-reports/module';
import { noticesModule } from './features/notices/module';
import { notificationsModule } from './features/notifications/module';
import { orgModule } from './features/org/module';
import { rectificationModule } from './features/rectification/module';
import { searchModule } from './features/search/module';
import { securityModule } from './features/security/module';
import { spotChecksModule } from './features/spot-checks/module';
import { statementsModule } from './features/statements/module';
import { suggestionsModule } from './features/suggestions/module';
import { supervisionModule } from './features/supervision/module';

/**
 * The features of the web app. Adding one is its folder (with a `module.tsx`, see app/module.ts)
 * and one line here: its pages join the router and the menu, its messages the catalogues, its
 * record types the histories and the audit log. Order here does not matter (menus have `order`).
 */
export const MODULES = [
  homeModule,
  accountabilityModule,
  authModule,
  orgModule,
  dutiesModule,
  keyTasksModule,
  supervisionModule,
  rectificationModule,
  monthlyReportsModule,
  spotChecksModule,
  suggestionsModule,
  campaignModule,
  calendarModule,
  securityModule,
  auditModule,
  notificationsModule,
  noticesModule,
  statementsModule,
  evaluationModule,
  dashboardModule,
  searchModule,
] as const;
