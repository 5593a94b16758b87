/** Types of 问责 (accountability): leads, cases, determinations; all from the contracts. */
import type { QueryOf } from '../../lib/api';

export {
  type AccountabilityCase,
  type AccountabilitySettings,
  CASE_DISPOSALS,
  CASE_STATUSES,
  CASE_WORKFLOW,
  type CaseAction,
  type CaseDetail,
  type CaseStatus,
  CONDUCT_TYPES,
  type Conduct,
  type CreateDeterminationInput,
  type CreateLeadInput,
  type Determination,
  type DeterminationListItem,
  DISCIPLINE_FORMS,
  DISPOSALS,
  type Disposal,
  DUAL_INQUIRY_KINDS,
  type DualInquiryKind,
  dispositionForm,
  EXEMPTION_GROUNDS,
  EXEMPTION_OUTCOMES,
  type ExemptionOutcome,
  type ExemptionRequest,
  LEAD_COLOURS,
  LEAD_ENTERED_SOURCES,
  LEAD_SOURCES,
  LEAD_STATUSES,
  LEAD_WORKFLOW,
  type Lead,
  type LeadDetail,
  type LeadMessage,
  type LeadSource,
  type LeadStatus,
  LIABILITIES,
  type Liability,
  MEASURE_CODES,
  MEASURES,
  type Measure,
  type Requirement,
  SANCTION_KINDS,
  SANCTIONS,
  SATISFACTION_LEVELS,
  type Sanction,
  type SanctionKind,
  SIX_REQUIREMENTS,
  type TriageLeadInput,
  type UnitDetermination,
  type UpdateDeterminationInput,
  type UpdateLeadInput,
  VERIFICATION_CONCLUSIONS,
  type VerificationConclusion,
} from '@zeren/contracts';

/** A leads query as the caller writes it (`limit` and `after` optional). */
export type LeadQuery = QueryOf<'listLeads'>;
/** The leads list's filters: the query without its paging. */
export type LeadFilters = Omit<LeadQuery, 'limit' | 'after'>;
export type CaseQuery = QueryOf<'listCases'>;
export type CaseFilters = Omit<CaseQuery, 'limit' | 'after'>;
export type UnitDeterminationQuery = QueryOf<'listUnitDeterminations'>;
export type UnitDeterminationFilters = Omit<UnitDeterminationQuery, 'limit' | 'after'>;
export type DeterminationQuery = QueryOf<'listDeterminations'>;
export type DeterminationFilters = Omit<DeterminationQuery, 'limit' | 'after'>;
