import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import type { Messages } from '../i18n/catalogs';
import { useT } from '../i18n/use-t';
import { type Can, useCan } from '../lib/use-can';
import { paths } from './paths';
import { MENU_GROUPS, MENU_PAGES } from './registry';

type MenuItem = NonNullable<MenuProps['items']>[number];
type Ordered = { order: number; item: MenuItem };

const byOrder = (a: Ordered, b: Ordered) => a.order - b.order;

/**
 * The menu the user may see, from the features' pages: an entry appears only with its page's
 * permission, a group only with an entry in it. An entry whose group no feature opens stands at
 * the top level.
 */
export function buildNavItems(can: Can, t: Messages): MenuItem[] {
  const nav = t.nav as Record<string, string>;
  const groupIds = new Set(MENU_GROUPS.map((group) => group.id));
  const children = new Map<string, Ordered[]>();
  const top: Ordered[] = [];
  for (const { path, permission, menu } of MENU_PAGES) {
    if (permission && !can(permission)) continue;
    const entry: Ordered = {
      order: menu.order,
      item: {
        key: path,
        icon: menu.icon,
        label: (
          <Link to={path} data-testid={menu.testId}>
            {nav[menu.label]}
          </Link>
        ),
      },
    };
    if (menu.group && groupIds.has(menu.group))
      children.set(menu.group, [...(children.get(menu.group) ?? []), entry]);
    else top.push(entry);
  }
  for (const group of MENU_GROUPS) {
    const entries = children.get(group.id);
    if (!entries) continue;
    top.push({
      order: group.order,
      item: {
        key: group.id,
        icon: group.icon,
        label: nav[group.label],
        children: entries.sort(byOrder).map((entry) => entry.item),
      },
    });
  }
  return top.sort(byOrder).map((entry) => entry.item);
}

/** The menu key of the page shown: the longest page path the location is in. */
export function selectedKey(pathname: string): string {
  return (
    MENU_PAGES.map((page) => page.path)
      .filter((path) => pathname === path || pathname.startsWith(path === '/' ? '/' : `${path}/`))
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
      defaultOpenKeys={MENU_GROUPS.map((group) => group.id)}
      onClick={() => onNavigate?.()}
    />
  );
}
