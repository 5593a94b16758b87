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
    placeholder: 'Dashboards will arrive in a later release.',
    demo: 'Demo data',
  },
  auditAction: {
    'demo.seeded': 'Demo data loaded',
  },
};
