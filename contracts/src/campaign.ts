import { z } from 'zod';
import { auditField, createdEvent, deletedEvent, transitionEvent, updatedEvent } from './core/audit';
import {
  dateSchema,
  idParamsSchema,
  idSchema,
  listOf,
  nameText,
  okSchema,
  optionalText,
} from './core/common';
import { defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';

export const CAMPAIGN_STATUSES = ['draft', 'active', 'closed'] as const;
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

/** The campaign's state machine: a closed campaign stays closed; the next year's is a clone. */
export const CAMPAIGN_WORKFLOW = defineWorkflow({
  recordType: 'campaign',
  states: CAMPAIGN_STATUSES,
  actions: {
    activate: { from: ['draft'], to: 'active', permission: 'campaign.manage', audit: 'campaign.activated' },
    close: { from: ['active'], to: 'closed', permission: 'campaign.manage', audit: 'campaign.closed' },
  },
});
export type CampaignAction = keyof typeof CAMPAIGN_WORKFLOW.actions;

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

export const campaignDomainSchema = z
  .object({
    id: idSchema,
    code: domainCodeSchema.nullable(),
    title: z.string(),
    description: z.string().nullable(),
    focusProblems: z.string().nullable(),
    isLocal: z.boolean(),
    sortOrder: z.number().int(),
    leadUnits: z.array(campaignUnitRefSchema),
    participantUnits: z.array(campaignUnitRefSchema),
  })
  .meta({ id: 'CampaignDomain' });
export type CampaignDomain = z.infer<typeof campaignDomainSchema>;

export const campaignSchema = z
  .object({
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
  })
  .meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof campaignSchema>;

const yearSchema = z.number().int().min(2000).max(2100);
/** 每月X日前: 1–28 so that every month has the day. */
const reportDaySchema = z.number().int().min(1).max(28);
/** Exactly the four phases; their order and dates are checked by the server, which names the field at fault. */
const phasesInputSchema = z.array(campaignPhaseSchema).length(PHASES.length);
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
export const publicCampaignSchema = z
  .object({
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
  })
  .meta({ id: 'PublicCampaign' });
export type PublicCampaign = z.infer<typeof publicCampaignSchema>;

// ---------------------------------------------------------------- the contract

const campaignAuditShape = {
  name: auditField.text,
  year: auditField.int,
  unitId: auditField.id,
  status: auditField.text,
  reportDay: auditField.int,
  phases: z.array(z.string()),
  domains: z.array(z.string()),
  clonedFromId: auditField.id,
};
const domainAuditShape = {
  campaignId: auditField.id,
  code: auditField.text,
  title: auditField.text,
  description: auditField.text,
  focusProblems: auditField.text,
  isLocal: auditField.bool,
  sortOrder: auditField.int,
  leadUnitIds: auditField.ids,
  participantUnitIds: auditField.ids,
};

/** The campaign: its year, owning government, phases and key domains. */
export const campaignContract = defineModuleContract({
  name: 'campaign',
  permissions: ['campaign.read', 'campaign.manage'],
  grants: {
    campaign_admin: ['campaign.read', 'campaign.manage'],
    supervisor: ['campaign.read'],
    inspector: ['campaign.read'],
    leader: ['campaign.read'],
    unit_staff: ['campaign.read'],
    unit_leader: ['campaign.read'],
    evaluator: ['campaign.read'],
  },
  records: {
    campaign: { readPermission: 'campaign.read' },
    campaign_domain: { readPermission: 'campaign.read' },
  },
  auditEvents: [
    createdEvent('campaign.created', 'campaign', campaignAuditShape),
    createdEvent('campaign.cloned', 'campaign', campaignAuditShape),
    updatedEvent('campaign.updated', 'campaign', campaignAuditShape),
    transitionEvent('campaign.activated', 'campaign'),
    transitionEvent('campaign.closed', 'campaign'),
    createdEvent('campaign.domain_created', 'campaign_domain', domainAuditShape),
    updatedEvent('campaign.domain_updated', 'campaign_domain', domainAuditShape),
    deletedEvent('campaign.domain_deleted', 'campaign_domain', domainAuditShape),
  ],
  errors: { PHASES_INVALID: 400, CAMPAIGN_ALREADY_ACTIVE: 409 },
  routes: defineRoutes({
    listCampaigns: {
      method: 'GET',
      path: '/api/campaigns',
      tags: ['campaign'],
      summary: "Campaigns of the governments in the caller's scope",
      access: { permission: 'campaign.read' },
      response: { 200: listOf(campaignSchema) },
    },
    getCurrentCampaign: {
      method: 'GET',
      path: '/api/campaigns/current',
      tags: ['campaign'],
      summary: "The active campaign of the nearest government at or above the caller's unit (404 when none)",
      access: { permission: 'campaign.read' },
      errors: [404],
      response: { 200: campaignSchema },
    },
    getCampaign: {
      method: 'GET',
      path: '/api/campaigns/:id',
      tags: ['campaign'],
      summary: 'One campaign',
      access: { permission: 'campaign.read' },
      record: 'campaign',
      params: idParamsSchema,
      response: { 200: campaignSchema },
    },
    createCampaign: {
      method: 'POST',
      path: '/api/campaigns',
      tags: ['campaign'],
      summary: 'Create a draft campaign (the ten standard domains unless domains are given)',
      access: { permission: 'campaign.manage' },
      body: createCampaignSchema,
      response: { 201: campaignSchema },
    },
    updateCampaign: {
      method: 'PATCH',
      path: '/api/campaigns/:id',
      tags: ['campaign'],
      summary: 'Edit the name, report day or phase dates',
      access: { permission: 'campaign.manage' },
      record: 'campaign',
      params: idParamsSchema,
      body: updateCampaignSchema,
      response: { 200: campaignSchema },
    },
    ...workflowRoutes(CAMPAIGN_WORKFLOW, {
      name: 'Campaign',
      basePath: '/api/campaigns/:id',
      tags: ['campaign'],
      response: campaignSchema,
      summaries: {
        activate: 'Activate a draft campaign (one active campaign per government)',
        close: 'Close an active campaign',
      },
    }),
    cloneCampaign: {
      method: 'POST',
      path: '/api/campaigns/:id/clone',
      tags: ['campaign'],
      summary: 'Copy a campaign into another year as a draft (domains and settings, no records)',
      access: { permission: 'campaign.manage' },
      record: 'campaign',
      params: idParamsSchema,
      body: cloneCampaignSchema,
      response: { 201: campaignSchema },
    },
    addLocalDomain: {
      method: 'POST',
      path: '/api/campaigns/:id/domains',
      tags: ['campaign'],
      summary: 'Add a local domain (自选动作)',
      access: { permission: 'campaign.manage' },
      record: 'campaign',
      params: idParamsSchema,
      body: createDomainSchema,
      response: { 201: campaignDomainSchema },
    },
    updateDomain: {
      method: 'PATCH',
      path: '/api/campaign-domains/:id',
      tags: ['campaign'],
      summary: "Edit a domain's texts, order and units",
      access: { permission: 'campaign.manage' },
      record: 'campaign_domain',
      params: idParamsSchema,
      body: updateDomainSchema,
      response: { 200: campaignDomainSchema },
    },
    deleteDomain: {
      method: 'DELETE',
      path: '/api/campaign-domains/:id',
      tags: ['campaign'],
      summary: 'Delete a local domain no record refers to',
      access: { permission: 'campaign.manage' },
      record: 'campaign_domain',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    getPublicCampaign: {
      method: 'GET',
      path: '/api/portal/campaign',
      tags: ['portal'],
      summary:
        "The root government's active campaign: phases and domains (published fields only; 404 when none)",
      access: { public: true },
      errors: [404],
      response: { 200: publicCampaignSchema },
    },
  }),
});
