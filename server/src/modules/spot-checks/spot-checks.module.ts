import type { ServerModule } from '../../platform/module';
import { seedDemoSpotChecks } from './spot-checks.demo';
import { spotChecksMessages } from './spot-checks.messages';
import { spotChecksRoutes } from './spot-checks.routes';
import {
  checkItemRecord,
  findingRecord,
  inspectorRecord,
  planRecord,
  rosterTargetRecord,
  targetRecord,
} from './spot-checks.service';

/** 双随机一公开: rosters, reproducible random spot checks, results, findings and their publication. */
export const spotChecksModule: ServerModule = {
  name: 'spotChecks',
  messages: spotChecksMessages,
  records: [rosterTargetRecord, inspectorRecord, checkItemRecord, planRecord, targetRecord, findingRecord],
  routes: spotChecksRoutes,
  seedDemo: seedDemoSpotChecks,
};
