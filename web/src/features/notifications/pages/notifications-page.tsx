import { CheckOutlined } from '@ant-design/icons';
import { App, Badge, Button, Flex, Segmented, type TableColumnsType, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { RECORDS, recordTypeLabel } from '../../../app/registry';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useOpenParam } from '../../../lib/open-param';
import { flagFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useUnreadCount } from '../api/get-unread-count';
import { type Notification, useNewestNotification, useNotificationsPage } from '../api/list-notifications';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '../api/mark-read';

/** The filter the page reads from its address (the workbench links to `?unread=true`). */
const FILTERS = { unread: flagFilter };

/** 通知: the caller's own notifications, unread ones first in weight; opening one marks it read. */
export function NotificationsPage() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const notifications = useNotificationsPage(filters);
  const unread = useUnreadCount();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const newest = useNewestNotification();
  // The newest notification shown: the first row of the first page, else the newest there is.
  const upTo =
    notifications.page === 1 && !notifications.isPlaceholderData
      ? (notifications.items[0]?.id ?? newest.data?.id)
      : newest.data?.id;

  /** The page of the record a notification is about, when a feature describes it and the caller may read it. */
  const hrefOf = (n: Notification) => {
    const link = RECORDS.get(n.recordType)?.link;
    return link && can(link.permission) ? link.href(n.recordId) : null;
  };
  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id, { onError: (error) => onError(error) });
  };

  // Opened from a daily digest's link (`?open=<id>`): mark it read, then show its record.
  const navigate = useNavigate();
  const [openId, clearOpen] = useOpenParam();
  const opened = useRef<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per id; the helpers are stable enough.
  useEffect(() => {
    if (!openId || opened.current === openId) return;
    opened.current = openId;
    markRead.mutateAsync(openId).then(
      (n) => {
        const href = hrefOf(n);
        if (href) navigate(href, { replace: true });
        else clearOpen();
      },
      (error: unknown) => {
        onError(error);
        clearOpen();
      },
    );
  }, [openId]);

  const columns: TableColumnsType<Notification> = [
    {
      key: 'text',
      title: t.notification.text,
      render: (_, n) => {
        const href = hrefOf(n);
        const text = n.readAt ? n.text : <strong>{n.text}</strong>;
        return (
          <Flex gap="small" align="baseline">
            {!n.readAt && (
              <span data-testid="notification-unread-dot">
                <Badge status="processing" />
                <span className="visually-hidden">{t.notification.unread}</span>
              </span>
            )}
            {href ? (
              <Link to={href} onClick={() => open(n)} data-testid="notification-open">
                {text}
              </Link>
            ) : (
              <Typography.Text>{text}</Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'about',
      title: t.notification.about,
      responsive: ['md'],
      render: (_, n) => recordTypeLabel(t, n.recordType),
    },
    {
      key: 'time',
      title: t.notification.time,
      dataIndex: 'createdAt',
      width: 180,
      render: (value: string) => <time dateTime={value}>{formatDateTime(value, locale)}</time>,
    },
    {
      key: 'actions',
      title: t.common.actions,
      width: 120,
      render: (_, n) =>
        !n.readAt && (
          <Button
            size="small"
            type="link"
            icon={<CheckOutlined />}
            loading={markRead.isPending && markRead.variables === n.id}
            onClick={() => open(n)}
            data-testid="notification-mark-read"
          >
            {t.notification.markRead}
          </Button>
        ),
    },
  ];

  const onMarkAll = () =>
    upTo &&
    markAll.mutateAsync(upTo).then(
      (count) => message.success(format(t.notification.markedAll, { count })),
      (error: unknown) => onError(error),
    );

  return (
    <>
      <PageHeader
        title={t.nav.notifications}
        extra={
          <Button
            icon={<CheckOutlined />}
            onClick={onMarkAll}
            loading={markAll.isPending}
            disabled={(unread.data ?? 0) === 0 || !upTo}
            data-testid="notification-mark-all"
          >
            {t.notification.markAllRead}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t.notification.intro}</Typography.Paragraph>
      <ListTable<Notification>
        cardTitle={
          <Segmented
            aria-label={t.notification.filterLabel}
            value={filters.unread ? 'unread' : 'all'}
            onChange={(value) => setFilters({ unread: value === 'unread' ? 'true' : undefined })}
            options={[
              { value: 'all', label: t.notification.all },
              { value: 'unread', label: t.notification.onlyUnread },
            ]}
            data-testid="notification-filter"
          />
        }
        columns={columns}
        pager={notifications}
        rowClassName={(n) => (n.readAt ? '' : 'notification-unread')}
        locale={{ emptyText: filters.unread ? t.notification.emptyUnread : t.notification.empty }}
        data-testid="notification-table"
      />
    </>
  );
}
