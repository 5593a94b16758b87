import { z } from 'zod';
import { dateSchema, idSchema, nameText, optionalText } from './common';

export const CAMPAIGN_STATUSES = ['draft', 'active', 'closed'] as const;
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

/**
 * The campaign's state machine as data: `CAMPAIGN_STATUS_TRANSITIONS[from]` lists the statuses it
 * may move to. A closed campaign stays closed; the next year's campaign is a clone.
 */
export const CAMPAIGN_STATUS_TRANSITIONS: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['active'],
  active: ['closed'],
  closed: [],
};

export function canChangeCampaignStatus(from: CampaignStatus, to: CampaignStatus): boolean {
  return CAMPAIGN_STATUS_TRANSITIONS[from].includes(to);
}

/** The four phases of the source document §四, in order. */
export const PHASES = ['mobilization', 'self_inspection', 'inspection', 'summary'] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

/** Stable codes of the ten standard domains of the source document §三, in its order. */
export const DOMAIN_CODES = [
  'poverty_alleviation',
  'key_projects',
  'approval_reform',
  'land',
  'education',
  'health',
  'environment_utilities',
  'food_drug_safety',
  'police_transport',
  'work_safety',
] as const;
export const domainCodeSchema = z.enum(DOMAIN_CODES);
export type DomainCode = z.infer<typeof domainCodeSchema>;

export const campaignPhaseSchema = z.object({
  phase: phaseSchema,
  startDate: dateSchema,
  endDate: dateSchema,
});
export type CampaignPhase = z.infer<typeof campaignPhaseSchema>;

export const campaignUnitRefSchema = z.object({ id: idSchema, name: z.string() });
export type CampaignUnitRef = z.infer<typeof campaignUnitRefSchema>;

export const campaignDomainSchema = z.object({
  id: idSchema,
  code: domainCodeSchema.nullable(),
  title: z.string(),
  description: z.string().nullable(),
  focusProblems: z.string().nullable(),
  isLocal: z.boolean(),
  sortOrder: z.number().int(),
  leadUnits: z.array(campaignUnitRefSchema),
  participantUnits: z.array(campaignUnitRefSchema),
});
export type CampaignDomain = z.infer<typeof campaignDomainSchema>;

export const campaignSchema = z.object({
  id: idSchema,
  name: z.string(),
  year: z.number().int(),
  unitId: idSchema,
  unitName: z.string(),
  status: campaignStatusSchema,
  reportDay: z.number().int(),
  /** Derived from today's date (Asia/Shanghai); null before the first and after the last phase. */
  currentPhase: phaseSchema.nullable(),
  phases: z.array(campaignPhaseSchema),
  domains: z.array(campaignDomainSchema),
  clonedFromId: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Campaign = z.infer<typeof campaignSchema>;

const yearSchema = z.number().int().min(2000).max(2100);
/** 每月X日前: 1–28 so that every month has the day. */
const reportDaySchema = z.number().int().min(1).max(28);
/** The phase rule (four, in order, contiguous) is checked by the server, which names the field at fault. */
const phasesInputSchema = z.array(campaignPhaseSchema).max(8);
const unitIdsSchema = z.array(idSchema).max(200);

const domainFields = {
  title: nameText(100),
  description: optionalText(2000),
  focusProblems: optionalText(4000),
  leadUnitIds: unitIdsSchema,
  participantUnitIds: unitIdsSchema,
  sortOrder: z.number().int().min(0).max(10_000),
};

/**
 * A domain given when creating a campaign. With a standard `code` and no `title`, the source
 * document's title, description and focus problems are used.
 */
export const campaignDomainInputSchema = z
  .object({
    code: domainCodeSchema.nullish(),
    title: domainFields.title.optional(),
    description: domainFields.description,
    focusProblems: domainFields.focusProblems,
    leadUnitIds: unitIdsSchema.default([]),
    participantUnitIds: unitIdsSchema.default([]),
  })
  .strict();
export type CampaignDomainInput = z.infer<typeof campaignDomainInputSchema>;

export const createCampaignSchema = z
  .object({
    name: nameText(200),
    year: yearSchema,
    unitId: idSchema,
    reportDay: reportDaySchema.default(5),
    phases: phasesInputSchema,
    /** Without it, the ten standard domains are created. */
    domains: z.array(campaignDomainInputSchema).max(50).optional(),
  })
  .strict();
export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;

export const updateCampaignSchema = z
  .object({ name: nameText(200), reportDay: reportDaySchema, phases: phasesInputSchema })
  .partial()
  .strict();
export type UpdateCampaignInput = z.infer<typeof updateCampaignSchema>;

export const changeCampaignStatusSchema = z.object({ status: campaignStatusSchema }).strict();
export type ChangeCampaignStatusInput = z.infer<typeof changeCampaignStatusSchema>;

export const cloneCampaignSchema = z.object({ year: yearSchema, name: nameText(200).optional() }).strict();
export type CloneCampaignInput = z.infer<typeof cloneCampaignSchema>;

/** A local domain (自选动作). */
export const createDomainSchema = z
  .object({
    title: domainFields.title,
    description: domainFields.description,
    focusProblems: domainFields.focusProblems,
    leadUnitIds: unitIdsSchema.default([]),
    participantUnitIds: unitIdsSchema.default([]),
  })
  .strict();
export type CreateDomainInput = z.infer<typeof createDomainSchema>;

// Built from the fields, not from createDomainSchema: a default would reset the units on every edit.
export const updateDomainSchema = z.object(domainFields).partial().strict();
export type UpdateDomainInput = z.infer<typeof updateDomainSchema>;

/** What the public portal shows of the active campaign: no people, nothing unpublished. */
export const publicCampaignSchema = z.object({
  id: idSchema,
  name: z.string(),
  year: z.number().int(),
  unitName: z.string(),
  reportDay: z.number().int(),
  currentPhase: phaseSchema.nullable(),
  phases: z.array(campaignPhaseSchema),
  domains: z.array(
    z.object({
      id: idSchema,
      code: domainCodeSchema.nullable(),
      title: z.string(),
      description: z.string().nullable(),
      focusProblems: z.string().nullable(),
      leadUnits: z.array(campaignUnitRefSchema),
    }),
  ),
});
export type PublicCampaign = z.infer<typeof publicCampaignSchema>;
