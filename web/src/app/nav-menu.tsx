import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  HomeOutlined,
  IdcardOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  SafetyOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Permission } from '@zeren/contracts';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Messages } from '../i18n/catalogs';
import { useT } from '../i18n/use-t';
import { useCan } from '../lib/use-can';
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
const dutiesEntries: NavEntry[] = [
  {
    path: paths.dutyItems,
    testId: 'nav-duty-items',
    icon: <ProfileOutlined />,
    label: (t) => t.nav.dutyItems,
    permission: 'duties.item.read',
  },
  {
    path: paths.approvals,
    testId: 'nav-approvals',
    icon: <CheckSquareOutlined />,
    label: (t) => t.nav.approvals,
    permission: 'duties.item.approve',
  },
  {
    path: paths.keyTasks,
    testId: 'nav-key-tasks',
    icon: <OrderedListOutlined />,
    label: (t) => t.nav.keyTasks,
    permission: 'keyTask.read',
  },
  {
    path: paths.suggestions,
    testId: 'nav-suggestions',
    icon: <CommentOutlined />,
    label: (t) => t.nav.suggestions,
    permission: 'suggestion.read',
  },
];
const campaignEntry: NavEntry = {
  path: paths.campaign,
  testId: 'nav-campaign',
  icon: <SettingOutlined />,
  label: (t) => t.nav.campaign,
  permission: 'campaign.read',
};
/** Shown to everyone signed in: deadlines are counted in working days for all. */
const calendarEntry: NavEntry = {
  path: paths.calendar,
  testId: 'nav-calendar',
  icon: <CalendarOutlined />,
  label: (t) => t.nav.calendar,
};
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

const sessionsEntry: NavEntry = {
  path: paths.sessions,
  testId: 'nav-sessions',
  icon: <SafetyOutlined />,
  label: (t) => t.nav.sessions,
  permission: 'security.session.manage',
};

const ORG_GROUP = 'org';
const DUTIES_GROUP = 'duties';

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
  const duties = dutiesEntries.filter(allowed).map((entry) => toItem(entry, t));
  return [
    toItem(homeEntry, t),
    ...(duties.length > 0
      ? [{ key: DUTIES_GROUP, icon: <SolutionOutlined />, label: t.nav.duties, children: duties }]
      : []),
    ...(allowed(campaignEntry) ? [toItem(campaignEntry, t)] : []),
    toItem(calendarEntry, t),
    ...(org.length > 0
      ? [{ key: ORG_GROUP, icon: <ApartmentOutlined />, label: t.nav.org, children: org }]
      : []),
    ...(allowed(sessionsEntry) ? [toItem(sessionsEntry, t)] : []),
    ...(allowed(auditEntry) ? [toItem(auditEntry, t)] : []),
  ];
}

function selectedKey(pathname: string): string {
  const all = [
    homeEntry,
    ...dutiesEntries,
    campaignEntry,
    calendarEntry,
    ...orgEntries,
    sessionsEntry,
    auditEntry,
  ].map((entry) => entry.path);
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
      defaultOpenKeys={[DUTIES_GROUP, ORG_GROUP]}
      onClick={() => onNavigate?.()}
    />
  );
}
