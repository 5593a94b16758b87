import { ApartmentOutlined, IdcardOutlined, TeamOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { openHref } from '../../lib/open-param';
import { accountRecord, personRecord, roleGrantRecord, unitRecord } from './history';
import { enUS } from './i18n/en-US';
import { type OrgMessages, zhCN } from './i18n/zh-CN';

export const ORG_PATHS = { units: '/org/units', persons: '/org/persons', accounts: '/org/accounts' } as const;

/** Units, officials and accounts. */
export const orgModule: WebModule<OrgMessages> = {
  name: 'org',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    { ...unitRecord, link: { permission: 'org.unit.read', href: (id) => openHref(ORG_PATHS.units, id) } },
    {
      ...personRecord,
      link: { permission: 'org.person.read', href: (id) => openHref(ORG_PATHS.persons, id) },
    },
    // The accounts page opens an account in its edit drawer.
    {
      ...accountRecord,
      link: { permission: 'org.account.write', href: (id) => openHref(ORG_PATHS.accounts, id) },
    },
    roleGrantRecord,
  ],
  menuGroups: [{ id: 'org', icon: <ApartmentOutlined />, label: 'org', order: 40 }],
  pages: [
    {
      path: ORG_PATHS.units,
      permission: 'org.unit.read',
      menu: { group: 'org', icon: <ApartmentOutlined />, label: 'units', testId: 'nav-units', order: 10 },
      load: async () => (await import('./pages/units-page')).UnitsPage,
    },
    {
      path: ORG_PATHS.persons,
      permission: 'org.person.read',
      menu: { group: 'org', icon: <TeamOutlined />, label: 'persons', testId: 'nav-persons', order: 20 },
      load: async () => (await import('./pages/persons-page')).PersonsPage,
    },
    {
      path: ORG_PATHS.accounts,
      permission: 'org.account.read',
      menu: { group: 'org', icon: <IdcardOutlined />, label: 'accounts', testId: 'nav-accounts', order: 30 },
      load: async () => (await import('./pages/accounts-page')).AccountsPage,
    },
  ],
};
