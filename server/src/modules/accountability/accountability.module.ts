import type { CaseListQuery, LeadListQuery } from '@zeren/contracts';
import type { ServiceContext } from '../../platform/context';
import type { ServerModule } from '../../platform/module';
import { currentCampaignId } from '../campaign/campaign.service';
import { seedDemoAccountability } from './accountability.demo';
import { accountabilityMessages } from './accountability.messages';
import { caseNotAbout, leadConcerns, leadTallies } from './accountability.repository';
import { accountabilityRoutes } from './accountability.routes';
import {
  CASE_FILE_OWNER,
  caseRecord,
  determinationFigures,
  determinationRecord,
  EXEMPTION_FILE_OWNER,
  exemptionRecord,
  intakeJob,
  LEAD_FILE_OWNER,
  lapseJob,
  leadFigures,
  leadRateFigures,
  leadRecord,
  leadsReceivedHeat,
  listCases,
  listLeads,
} from './accountability.service';
import { accountabilityCase, lead } from './accountability.table';

const inCampaign = (filter: Record<string, string>) => async (ctx: ServiceContext) => {
  const campaignId = await currentCampaignId(ctx);
  return campaignId ? { ...filter, campaignId } : null;
};

/** 问责: leads from five sources, triage, verification, determinations and decisions, public reports. */
export const accountabilityModule: ServerModule = {
  name: 'accountability',
  search: [
    {
      recordType: 'lead',
      permission: 'accountability.lead.read',
      table: lead,
      id: lead.id,
      unitId: lead.unitId,
      status: lead.status,
      domainId: lead.domainId,
      createdAt: lead.createdAt,
      title: lead.summary,
      body: [lead.code, lead.details],
      // Recusal as the lead list applies it: a lead about the caller's unit or the caller is never found.
      readable: (scope) => scope.notAbout(leadConcerns),
    },
    {
      // A case's text of its own: its number, then the verification's findings and interviews and
      // the proposal, written as it goes (its summary is the lead's, found through the lead).
      recordType: 'accountability_case',
      permission: 'accountability.lead.read',
      table: accountabilityCase,
      id: accountabilityCase.id,
      unitId: accountabilityCase.unitId,
      status: accountabilityCase.status,
      domainId: null,
      createdAt: accountabilityCase.createdAt,
      title: accountabilityCase.code,
      body: [accountabilityCase.findings, accountabilityCase.interviews, accountabilityCase.proposal],
      // Recusal as the case list applies it: the lead's.
      readable: caseNotAbout,
    },
  ],
  messages: accountabilityMessages,
  records: [leadRecord, caseRecord, determinationRecord, exemptionRecord],
  fileOwners: [
    { ownerType: LEAD_FILE_OWNER, readPermission: 'accountability.lead.read' },
    { ownerType: CASE_FILE_OWNER, readPermission: 'accountability.lead.read' },
    { ownerType: EXEMPTION_FILE_OWNER, readPermission: 'accountability.lead.read' },
  ],
  routes: accountabilityRoutes,
  seedDemo: seedDemoAccountability,
  jobs: [intakeJob, lapseJob],
  tallies: Object.values(leadTallies),
  figures: [
    {
      key: 'leads',
      order: 10,
      permission: 'accountability.lead.read',
      compute: leadFigures,
      heat: [{ measure: 'leads.received', unitFilter: 'subtree', count: leadsReceivedHeat }],
    },
    { key: 'leadRates', order: 11, permission: 'accountability.lead.read', compute: leadRateFigures },
    {
      key: 'determinations',
      order: 12,
      permission: 'accountability.lead.read',
      compute: determinationFigures,
    },
  ],
  workbench: [
    {
      key: 'accountability.toTriage',
      permission: 'accountability.lead.handle',
      operationId: 'listLeads',
      query: inCampaign({ status: 'received' }),
      count: async (ctx, query) => (await listLeads(ctx, { ...query, limit: 1 } as LeadListQuery)).total,
    },
    {
      // A reporter who replied or added evidence after the handler's last message (举报人留言待回复).
      key: 'accountability.awaitingReply',
      permission: 'accountability.lead.handle',
      operationId: 'listLeads',
      query: inCampaign({ awaitingReply: 'true' }),
      count: async (ctx, query) => (await listLeads(ctx, { ...query, limit: 1 } as LeadListQuery)).total,
    },
    {
      key: 'accountability.casesOverdue',
      permission: 'accountability.lead.handle',
      operationId: 'listCases',
      query: inCampaign({ overdue: 'true' }),
      count: async (ctx, query) => (await listCases(ctx, { ...query, limit: 1 } as CaseListQuery)).total,
    },
    {
      key: 'accountability.toApprove',
      permission: 'accountability.decision.approve',
      operationId: 'listCases',
      query: inCampaign({ toApprove: 'true' }),
      count: async (ctx, query) => (await listCases(ctx, { ...query, limit: 1 } as CaseListQuery)).total,
    },
    {
      // Every campaign's: a request filed in an earlier campaign still waits for its decision.
      key: 'accountability.exemptionsToDecide',
      permission: 'accountability.decision.approve',
      operationId: 'listCases',
      query: { exemptionToDecide: 'true' },
      count: async (ctx, query) => (await listCases(ctx, { ...query, limit: 1 } as CaseListQuery)).total,
    },
  ],
};
