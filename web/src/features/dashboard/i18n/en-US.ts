import type { DashboardMessages } from './zh-CN';

export const enUS: DashboardMessages = {
  nav: {
    dashboard: 'Dashboard',
  },
  dashboard: {
    record: 'Dashboard',
    campaign: 'Campaign',
    period: 'Period',
    periodHint:
      'The period filters leads (by the day received); supervision items and the ledger show the campaign as it stands today',
    wholeCampaign: 'Whole campaign',
    noCampaign: 'No campaign to show',
    failed: 'The figures could not be loaded; reload the page to try again',
    nothingToShow: 'Your permissions show no figures',
    clickHint: 'Click a number or a bar to open the records behind it',
    exportBriefing: 'Export briefing',
    month: '{month}/{year}',
    rateValue: '{numerator} / {denominator}',
    noRate: '—',
    unnamedDomain: '(unnamed domain)',
    previousPeriod: 'Previous period',
    previousCampaign: "Last year's campaign",
    group: {
      'leads.total': 'Problem leads',
      'leads.bySource': 'Leads by source',
      'leads.byConduct': 'Leads by conduct type',
      'leads.byDisposal': 'Disposal ways',
      'leads.byDomain': 'Leads by key domain',
      'leads.byMonth': 'Leads received by month',
      'supervision.total': 'Supervision items',
      'supervision.byColour': 'Three-colour supervision',
      'supervision.onTime': 'Closed on time',
      'rectification.total': 'Rectification ledger',
    },
    figure: {
      'leads.total': 'Leads received',
      'supervision.total': 'Supervision items',
      'supervision.overdue': 'Overdue',
      'supervision.reminded': 'Reminded',
      'supervision.closedOnTime': 'Closed on time',
      'supervision.closed': 'Closed',
      'rectification.total': 'Ledger items',
      'rectification.overdue': 'Overdue',
      'rectification.signedOff': 'Signed off',
    },
    rate: {
      'supervision.onTimeRate': 'On-time closure rate',
      'rectification.signOffRate': 'Sign-off rate',
    },
  },
  auditAction: {
    'dashboard.viewed': 'Viewed the dashboard',
    'dashboard.exported': 'Exported the dashboard briefing',
  },
};
