import { AimOutlined, ContactsOutlined, FormOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import {
  spotCheckFindingRecord,
  spotCheckInspectorRecord,
  spotCheckItemRecord,
  spotCheckPlanRecord,
  spotCheckRosterTargetRecord,
  spotCheckTargetRecord,
} from './history';
import { enUS } from './i18n/en-US';
import { type SpotChecksMessages, zhCN } from './i18n/zh-CN';

export const SPOT_CHECKS_PATH = '/spot-checks';
export const SPOT_CHECK_ROSTERS_PATH = '/spot-checks/rosters';
export const SPOT_CHECK_TARGETS_PATH = '/spot-checks/targets';

/** The page of one plan (linked from notifications, the audit log and histories). */
export function spotCheckPlanHref(id: string): string {
  return `${SPOT_CHECKS_PATH}/plans/${encodeURIComponent(id)}`;
}

/** A drawn target opens in the inspection tasks list. */
export function spotCheckTargetHref(id: string): string {
  return `${SPOT_CHECK_TARGETS_PATH}?open=${encodeURIComponent(id)}`;
}

/** 双随机一公开: rosters, reproducible random spot checks, results and findings. */
export const spotChecksModule: WebModule<SpotChecksMessages> = {
  name: 'spotChecks',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    spotCheckRosterTargetRecord,
    spotCheckInspectorRecord,
    spotCheckItemRecord,
    { ...spotCheckPlanRecord, link: { permission: 'spotCheck.read', href: spotCheckPlanHref } },
    { ...spotCheckTargetRecord, link: { permission: 'spotCheck.read', href: spotCheckTargetHref } },
    spotCheckFindingRecord,
  ],
  pages: [
    {
      path: SPOT_CHECKS_PATH,
      permission: 'spotCheck.read',
      menu: {
        group: 'duties',
        icon: <AimOutlined />,
        label: 'spotChecks',
        testId: 'nav-spot-checks',
        order: 37,
      },
      load: async () => (await import('./pages/spot-check-plans-page')).SpotCheckPlansPage,
    },
    {
      path: `${SPOT_CHECKS_PATH}/plans/:id`,
      permission: 'spotCheck.read',
      load: async () => (await import('./pages/spot-check-plan-page')).SpotCheckPlanPage,
    },
    {
      path: SPOT_CHECK_TARGETS_PATH,
      permission: 'spotCheck.read',
      menu: {
        group: 'duties',
        icon: <ScheduleOutlined />,
        label: 'spotCheckTargets',
        testId: 'nav-spot-check-targets',
        order: 38,
      },
      load: async () => (await import('./pages/spot-check-targets-page')).SpotCheckTargetsPage,
    },
    {
      path: SPOT_CHECK_ROSTERS_PATH,
      permission: 'spotCheck.read',
      menu: {
        group: 'duties',
        icon: <ContactsOutlined />,
        label: 'spotCheckRosters',
        testId: 'nav-spot-check-rosters',
        order: 39,
      },
      load: async () => (await import('./pages/spot-check-rosters-page')).SpotCheckRostersPage,
    },
  ],
  lists: [
    { operationId: 'listSpotCheckPlans', path: SPOT_CHECKS_PATH },
    // The page calls the API's `open` (待登记) `toRecord`: `?open=<id>` opens a target.
    {
      operationId: 'listSpotCheckTargets',
      path: SPOT_CHECK_TARGETS_PATH,
      search: ({ open, ...query }) =>
        Object.fromEntries(
          Object.entries({ ...query, ...(open === undefined ? {} : { toRecord: open }) }).map(
            ([key, value]) => [key, String(value)],
          ),
        ),
    },
  ],
  workbench: [
    {
      key: 'spotChecks.resultsOwed',
      label: (t) => t.spotCheckWorkbench.resultsOwed,
      hint: (t) => t.spotCheckWorkbench.resultsOwedHint,
      icon: <FormOutlined />,
      tone: 'attention',
      order: 38,
    },
  ],
};
