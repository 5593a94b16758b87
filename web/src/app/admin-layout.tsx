import { MenuOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Drawer, Grid, Layout, Typography } from 'antd';
import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { useT } from '../i18n/use-t';
import { AntdProvider } from './antd-provider';
import { HeaderUser } from './header-user';
import { NavMenu } from './nav-menu';
import { paths } from './paths';

function Brand({ collapsed = false }: { collapsed?: boolean }) {
  const t = useT();
  return (
    <Link to={paths.home} className="brand" data-testid="brand">
      <span className="brand-mark">{t.app.name}</span>
      {!collapsed && <span className="brand-sub">{t.app.shortTitle}</span>}
    </Link>
  );
}

/**
 * The admin shell: a side menu on wide screens, staying in view as a long page scrolls; on
 * phones the menu moves into a drawer opened from the hamburger button. antd's App (toasts and
 * confirmations for the features) and its theme start here, not around the sign-in page.
 */
export function AdminLayout() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  // Before the first measurement `md` is undefined: assume a wide screen.
  const isMobile = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <AntdProvider>
      <AntApp>
        <Layout className="admin-shell">
          {!isMobile && (
            <Layout.Sider
              theme="light"
              width={224}
              collapsible
              collapsed={collapsed}
              onCollapse={setCollapsed}
              className="admin-sider"
              data-testid="sider"
            >
              <Brand collapsed={collapsed} />
              <nav aria-label={t.common.menu}>
                <NavMenu />
              </nav>
            </Layout.Sider>
          )}
          {isMobile && (
            <Drawer
              placement="left"
              size={264}
              open={drawerOpen}
              onClose={() => setDrawerOpen(false)}
              title={<Brand />}
              className="nav-drawer"
              data-testid="nav-drawer"
            >
              <nav aria-label={t.common.menu}>
                <NavMenu onNavigate={() => setDrawerOpen(false)} />
              </nav>
            </Drawer>
          )}
          <Layout>
            <Layout.Header className="admin-header">
              {isMobile && (
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t.common.menu}
                  aria-expanded={drawerOpen}
                  data-testid="nav-toggle"
                  onClick={() => setDrawerOpen(true)}
                />
              )}
              <Typography.Text className="admin-header-title" ellipsis>
                {isMobile ? t.app.name : t.app.title}
              </Typography.Text>
              <HeaderUser compact={isMobile} />
            </Layout.Header>
            {/* Layout.Content is the page's one <main> landmark. */}
            <Layout.Content className="admin-content" id="main">
              <Outlet />
            </Layout.Content>
          </Layout>
        </Layout>
      </AntApp>
    </AntdProvider>
  );
}
