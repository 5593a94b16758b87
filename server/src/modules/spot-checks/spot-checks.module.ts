import type { SpotCheckTargetListQuery } from '@zeren/contracts';
import type { ServerModule } from '../../platform/module';
import { registerConfirmationCheck } from '../rectification/rectification.service';
import { seedDemoSpotChecks } from './spot-checks.demo';
import { spotChecksMessages } from './spot-checks.messages';
import { publishedSpotCheckResultsDataset } from './spot-checks.open-data';
import { spotChecksRoutes } from './spot-checks.routes';
import {
  checkItemRecord,
  confirmedByTheTeam,
  findingRecord,
  inspectorRecord,
  listTargets,
  planRecord,
  rosterTargetRecord,
  targetRecord,
} from './spot-checks.service';

/** 双随机一公开: rosters, reproducible random spot checks, results, findings and their publication. */
export const spotChecksModule: ServerModule = {
  name: 'spotChecks',
  messages: spotChecksMessages,
  records: [rosterTargetRecord, inspectorRecord, checkItemRecord, planRecord, targetRecord, findingRecord],
  routes: (app) => {
    // The ledger items its findings become are confirmed by the inspectors of that target only.
    registerConfirmationCheck('inspection_finding', confirmedByTheTeam);
    spotChecksRoutes(app);
  },
  seedDemo: seedDemoSpotChecks,
  openData: [publishedSpotCheckResultsDataset],
  workbench: [
    {
      // The inspector's own targets of plans in progress still without a result: what only they can record.
      key: 'spotChecks.resultsOwed',
      permission: 'spotCheck.inspect',
      operationId: 'listSpotCheckTargets',
      query: { assignedToMe: 'true', open: 'true' },
      count: async (ctx, query) =>
        (await listTargets(ctx, { ...query, limit: 1 } as SpotCheckTargetListQuery)).total,
    },
  ],
};
