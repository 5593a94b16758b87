/** Types of the campaign settings come from the contracts (contracts/src/campaign.ts). */
import type { CreateDomainInput, UpdateCampaignInput } from '@zeren/contracts';

export {
  CAMPAIGN_STATUSES,
  CAMPAIGN_WORKFLOW,
  type Campaign,
  type CampaignAction,
  type CampaignDomain,
  /** The dates of one phase: `{ phase, startDate, endDate }`. */
  type CampaignPhase,
  type CampaignStatus,
  type CampaignUnitRef,
  PHASES,
  type Phase,
} from '@zeren/contracts';

export type UpdateCampaignBody = UpdateCampaignInput;
export type DomainBody = CreateDomainInput;
