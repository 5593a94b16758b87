/** Types of the random spot checks (双随机一公开) come from the contracts. */
import type { QueryOf } from '../../lib/api';

export {
  CONDUCT_TYPES,
  type Conduct,
  type CreateSpotCheckPlanInput,
  SPOT_CHECK_DISPOSITIONS,
  SPOT_CHECK_KINDS,
  SPOT_CHECK_OUTCOMES,
  SPOT_CHECK_PLAN_STATUSES,
  SPOT_CHECK_PLAN_WORKFLOW,
  SPOT_CHECK_SEVERITIES,
  type SpotCheckDisposition,
  type SpotCheckDrawStep,
  type SpotCheckFinding,
  type SpotCheckInspector,
  type SpotCheckItem,
  type SpotCheckKind,
  type SpotCheckOutcome,
  type SpotCheckPlan,
  type SpotCheckPlanAction,
  type SpotCheckPlanDetail,
  type SpotCheckPlanStatus,
  type SpotCheckRosterTarget,
  type SpotCheckSeverity,
  type SpotCheckTarget,
  type SpotCheckTargetDetail,
  type UpdateSpotCheckPlanInput,
} from '@zeren/contracts';

export type SpotCheckPlanQuery = QueryOf<'listSpotCheckPlans'>;
export type SpotCheckPlanFilters = Omit<SpotCheckPlanQuery, 'limit' | 'after'>;
export type SpotCheckTargetQuery = QueryOf<'listSpotCheckTargets'>;
export type SpotCheckTargetFilters = Omit<SpotCheckTargetQuery, 'limit' | 'after'>;
export type SpotCheckRosterQuery = QueryOf<'listSpotCheckRosterTargets'>;
export type SpotCheckRosterFilters = Omit<SpotCheckRosterQuery, 'limit' | 'after'>;
