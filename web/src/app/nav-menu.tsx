import {
  ApartmentOutlined,
  AuditOutlined,
  HomeOutlined,
  IdcardOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Permission } from '@zeren/contracts';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useCan } from '../features/auth/use-can';
import type { Messages } from '../i18n/catalogs';
import { useT } from '../i18n/use-t';
import { paths } from './paths';

type MenuItem = NonNullable<MenuProps['items']>[number];

interface NavEntry {
  path: string;
  testId: string;
  icon: ReactNode;
  label: (t: Messages) => string;
  permission?: Permission;
}

const orgEntries: NavEntry[] = [
  {
    path: paths.units,
    testId: 'nav-units',
    icon: <ApartmentOutlined />,
    label: (t) => t.nav.units,
    permission: 'org.unit.read',
  },
  {
    path: paths.persons,
    testId: 'nav-persons',
    icon: <TeamOutlined />,
    label: (t) => t.nav.persons,
    permission: 'org.person.read',
  },
  {
    path: paths.accounts,
    testId: 'nav-accounts',
    icon: <IdcardOutlined />,
    label: (t) => t.nav.accounts,
    permission: 'org.account.read',
  },
];
const homeEntry: NavEntry = {
  path: paths.home,
  testId: 'nav-home',
  icon: <HomeOutlined />,
  label: (t) => t.nav.home,
};
const auditEntry: NavEntry = {
  path: paths.audit,
  testId: 'nav-audit',
  icon: <AuditOutlined />,
  label: (t) => t.nav.audit,
  permission: 'audit.read',
};

const ORG_GROUP = 'org';

function toItem(entry: NavEntry, t: Messages): MenuItem {
  return {
    key: entry.path,
    icon: entry.icon,
    label: (
      <Link to={entry.path} data-testid={entry.testId}>
        {entry.label(t)}
      </Link>
    ),
  };
}

/** The menu items the user may see: an entry appears only with its read permission. */
export function buildNavItems(can: (permission: Permission) => boolean, t: Messages): MenuItem[] {
  const allowed = (entry: NavEntry) => !entry.permission || can(entry.permission);
  const org = orgEntries.filter(allowed).map((entry) => toItem(entry, t));
  return [
    toItem(homeEntry, t),
    ...(org.length > 0
      ? [{ key: ORG_GROUP, icon: <ApartmentOutlined />, label: t.nav.org, children: org }]
      : []),
    ...(allowed(auditEntry) ? [toItem(auditEntry, t)] : []),
  ];
}

function selectedKey(pathname: string): string {
  const all = [homeEntry, ...orgEntries, auditEntry].map((entry) => entry.path);
  return (
    all
      .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
      .sort((a, b) => b.length - a.length)[0] ?? paths.home
  );
}

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const can = useCan();
  const t = useT();
  const { pathname } = useLocation();
  return (
    <Menu
      mode="inline"
      data-testid="nav-menu"
      items={buildNavItems(can, t)}
      selectedKeys={[selectedKey(pathname)]}
      defaultOpenKeys={[ORG_GROUP]}
      onClick={() => onNavigate?.()}
    />
  );
}
