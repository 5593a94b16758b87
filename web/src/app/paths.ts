/** Paths of the admin shell, shared by the router and the navigation menu. */
export const paths = {
  home: '/',
  login: '/login',
  units: '/org/units',
  persons: '/org/persons',
  accounts: '/org/accounts',
  audit: '/audit',
  dutyItems: '/duties/items',
  approvals: '/duties/approvals',
  keyTasks: '/duties/key-tasks',
  suggestions: '/duties/suggestions',
  campaign: '/campaign',
  calendar: '/calendar',
  sessions: '/security/sessions',
} as const;
