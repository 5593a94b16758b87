/** Paths of the admin shell, shared by the router and the navigation menu. */
export const paths = {
  home: '/',
  login: '/login',
  units: '/org/units',
  persons: '/org/persons',
  accounts: '/org/accounts',
  audit: '/audit',
} as const;
