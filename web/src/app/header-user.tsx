import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useLogout } from '../features/auth/api/logout';
import { LangSwitch } from '../features/auth/components/lang-switch';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { SearchBox } from '../features/search/components/search-box';
import { useT } from '../i18n/use-t';
import { useMe } from '../lib/get-me';
import { paths } from './paths';

/** The search box, the notification bell, who is signed in, in which unit, the language switch and sign-out. */
export function HeaderUser({ compact }: { compact: boolean }) {
  const t = useT();
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  if (!me) return null;
  const onLogout = () =>
    logout.mutate(undefined, { onSettled: () => navigate(paths.login, { replace: true }) });
  return (
    <Flex align="center" gap="small" className="header-user">
      <SearchBox compact={compact} />
      <NotificationBell />
      <UserOutlined aria-hidden />
      <Typography.Text strong data-testid="current-user">
        {me.person.name}
      </Typography.Text>
      {!compact && (
        <Typography.Text type="secondary" data-testid="current-unit">
          {me.unit.name}
        </Typography.Text>
      )}
      <LangSwitch compact={compact} />
      <Button
        type="text"
        icon={<LogoutOutlined />}
        onClick={onLogout}
        loading={logout.isPending}
        data-testid="logout"
        aria-label={t.auth.signOut}
      >
        {compact ? null : t.auth.signOut}
      </Button>
    </Flex>
  );
}
