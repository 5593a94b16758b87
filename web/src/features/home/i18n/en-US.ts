import type { HomeMessages } from './zh-CN';

export const enUS: HomeMessages = {
  nav: {
    home: 'Home',
  },
  home: {
    welcome: 'Welcome, {name}',
    unit: 'Unit',
    position: 'Position',
    roles: 'Roles',
    demo: 'Demo data',
    profile: 'About me',
    workbench: 'Workbench',
    workbenchHint: 'What waits for you; open an entry to see its list.',
    nothingWaiting: 'Nothing waits for you',
    workbenchFailed: 'The workbench could not be loaded; reload the page to try again',
    view: 'View',
    campaign: 'Current campaign',
    noCampaign: 'No campaign is running.',
    currentPhase: 'Current phase',
    notInPhase: 'Today is in none of the campaign’s phases',
    reportDay: 'Progress reports are due by day {day} of each month',
    campaignStatus: 'Status',
  },
  auditAction: {
    'demo.seeded': 'Demo data loaded',
  },
};
