import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { Link } from 'react-router';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { useUnreadCount } from '../api/get-unread-count';
import { NOTIFICATIONS_PATH } from '../module';

/**
 * The header's bell: the unread count (asked every minute and when the window regains focus),
 * opening the inbox. Its accessible name says the count; the badge shows 99+ beyond 99.
 */
export function NotificationBell() {
  const t = useT();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  const label = count > 0 ? format(t.notification.bellUnread, { count }) : t.notification.bell;
  return (
    <Link
      to={NOTIFICATIONS_PATH}
      className="header-bell"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      data-count={count}
    >
      <Badge count={count} overflowCount={99} size="small">
        <BellOutlined className="header-bell-icon" aria-hidden />
      </Badge>
    </Link>
  );
}
