import type { ServerModule } from '../platform/module';
import { accountabilityModule } from './accountability/accountability.module';
import { campaignModule } from './campaign/campaign.module';
import { dashboardModule } from './dashboard/dashboard.module';
import { dutiesModule } from './duties/duties.module';
import { evaluationModule } from './evaluation/evaluation.module';
import { keyTasksModule } from './key-tasks/key-tasks.module';
import { monthlyReportsModule } from './monthly-reports/monthly-reports.module';
import { noticesModule } from './notices/notices.module';
import { openDataModule } from './open-data/open-data.module';
import { rectificationModule } from './rectification/rectification.module';
import { spotChecksModule } from './spot-checks/spot-checks.module';
import { statementsModule } from './statements/statements.module';
import { suggestionsModule } from './suggestions/suggestions.module';
import { supervisionModule } from './supervision/supervision.module';

/**
 * The business modules, in installation order (a module's demo data may build on those before
 * it). Adding a module is one line here.
 */
export const MODULES: readonly ServerModule[] = [
  campaignModule,
  dutiesModule,
  keyTasksModule,
  suggestionsModule,
  supervisionModule,
  rectificationModule,
  spotChecksModule,
  accountabilityModule,
  // After the modules whose records its demo reports freeze as figures (问责情况 included).
  monthlyReportsModule,
  noticesModule,
  statementsModule,
  evaluationModule,
  dashboardModule,
  // Last: it publishes what the modules before it register.
  openDataModule,
];
