import {
  AuditOutlined,
  FieldTimeOutlined,
  FileSearchOutlined,
  InboxOutlined,
  MessageOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { caseRecord, determinationRecord, exemptionRecord, leadRecord, settingsRecord } from './history';
import { enUS } from './i18n/en-US';
import { type AccountabilityMessages, zhCN } from './i18n/zh-CN';

export const LEADS_PATH = '/accountability/leads';
export const CASES_PATH = '/accountability/cases';
export const PERSON_RECORD_PATH = '/accountability/person-record';
export const UNIT_EXEMPTIONS_PATH = '/accountability/exemptions';
export const DETERMINATIONS_PATH = '/accountability/determinations';

/** The page of one lead (linked from the audit log, histories and the case). */
export function leadHref(id: string): string {
  return `${LEADS_PATH}/${encodeURIComponent(id)}`;
}

/** The page of one case. */
export function caseHref(id: string): string {
  return `${CASES_PATH}/${encodeURIComponent(id)}`;
}

/** A person's accountability record (问责记录), linked from determinations. */
export function personRecordHref(personId: string): string {
  return `${PERSON_RECORD_PATH}?${new URLSearchParams({ person: personId })}`;
}

/**
 * 问责: problem leads from five sources and their triage, cases verified under the six
 * requirements, responsibility determinations under the four forms with four-eyes approval,
 * fault tolerance, 一案双查, and a person's accountability record.
 */
export const accountabilityModule: WebModule<AccountabilityMessages> = {
  name: 'accountability',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    { ...leadRecord, link: { permission: 'accountability.lead.read', href: leadHref } },
    { ...caseRecord, link: { permission: 'accountability.lead.read', href: caseHref } },
    determinationRecord,
    exemptionRecord,
    settingsRecord,
  ],
  menuGroups: [
    { id: 'accountability', icon: <SafetyCertificateOutlined />, label: 'accountability', order: 15 },
  ],
  pages: [
    {
      path: LEADS_PATH,
      permission: 'accountability.lead.read',
      menu: {
        group: 'accountability',
        icon: <InboxOutlined />,
        label: 'leads',
        testId: 'nav-leads',
        order: 10,
      },
      load: async () => (await import('./pages/leads-page')).LeadsPage,
    },
    {
      path: `${LEADS_PATH}/:id`,
      permission: 'accountability.lead.read',
      load: async () => (await import('./pages/lead-page')).LeadPage,
    },
    {
      path: CASES_PATH,
      permission: 'accountability.lead.read',
      menu: {
        group: 'accountability',
        icon: <FileSearchOutlined />,
        label: 'cases',
        testId: 'nav-cases',
        order: 20,
      },
      load: async () => (await import('./pages/cases-page')).CasesPage,
    },
    {
      path: `${CASES_PATH}/:id`,
      permission: 'accountability.lead.read',
      load: async () => (await import('./pages/case-page')).CasePage,
    },
    {
      path: DETERMINATIONS_PATH,
      permission: 'accountability.lead.read',
      menu: {
        group: 'accountability',
        icon: <TeamOutlined />,
        label: 'determinations',
        testId: 'nav-determinations',
        order: 25,
      },
      load: async () => (await import('./pages/determinations-page')).DeterminationsPage,
    },
    {
      path: PERSON_RECORD_PATH,
      permission: 'accountability.person_record.read',
      menu: {
        group: 'accountability',
        icon: <UserOutlined />,
        label: 'personRecord',
        testId: 'nav-person-record',
        order: 30,
      },
      load: async () => (await import('./pages/person-record-page')).PersonRecordPage,
    },
    {
      path: UNIT_EXEMPTIONS_PATH,
      permission: 'accountability.exemption.apply',
      menu: {
        group: 'accountability',
        icon: <SafetyCertificateOutlined />,
        label: 'unitExemptions',
        testId: 'nav-unit-exemptions',
        order: 40,
      },
      load: async () => (await import('./pages/unit-exemptions-page')).UnitExemptionsPage,
    },
  ],
  // The pages read their filters from the address and list every campaign in scope; they keep a
  // link's campaign (the workbench's, the dashboard's and a monthly report's figures count within
  // one).
  lists: [
    { operationId: 'listLeads', path: LEADS_PATH },
    { operationId: 'listCases', path: CASES_PATH },
    { operationId: 'listDeterminations', path: DETERMINATIONS_PATH },
    { operationId: 'listUnitDeterminations', path: UNIT_EXEMPTIONS_PATH },
  ],
  workbench: [
    {
      key: 'accountability.toTriage',
      label: (t) => t.accountabilityWorkbench.toTriage,
      hint: (t) => t.accountabilityWorkbench.toTriageHint,
      icon: <ProfileOutlined />,
      tone: 'attention',
      order: 33,
    },
    {
      key: 'accountability.awaitingReply',
      label: (t) => t.accountabilityWorkbench.awaitingReply,
      hint: (t) => t.accountabilityWorkbench.awaitingReplyHint,
      icon: <MessageOutlined />,
      tone: 'attention',
      order: 33,
    },
    {
      key: 'accountability.casesOverdue',
      label: (t) => t.accountabilityWorkbench.casesOverdue,
      hint: (t) => t.accountabilityWorkbench.casesOverdueHint,
      icon: <FieldTimeOutlined />,
      tone: 'attention',
      order: 34,
    },
    {
      key: 'accountability.toApprove',
      label: (t) => t.accountabilityWorkbench.toApprove,
      hint: (t) => t.accountabilityWorkbench.toApproveHint,
      icon: <AuditOutlined />,
      tone: 'attention',
      order: 35,
    },
    {
      key: 'accountability.exemptionsToDecide',
      label: (t) => t.accountabilityWorkbench.exemptionsToDecide,
      hint: (t) => t.accountabilityWorkbench.exemptionsToDecideHint,
      icon: <SafetyCertificateOutlined />,
      tone: 'attention',
      order: 36,
    },
  ],
};
