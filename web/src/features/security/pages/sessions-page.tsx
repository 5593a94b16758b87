import { LogoutOutlined, UnlockOutlined } from '@ant-design/icons';
import type { Account } from '@zeren/contracts';
import { App, Button, Flex, Popconfirm, type TableColumnsType, Typography } from 'antd';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { StatusTag } from '../../../components/status-tag';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useLockedAccounts } from '../api/list-locked-accounts';
import { type ActiveSession, useSessionsPage } from '../api/list-sessions';
import { useRevokeSession } from '../api/revoke-session';
import { useUnlockAccount } from '../api/unlock-account';

/** 会话管理: the security administrator signs sessions out and lifts sign-in locks. */
export function SessionsPage() {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const sessions = useSessionsPage();
  const locked = useLockedAccounts();
  const revoke = useRevokeSession();
  const unlock = useUnlockAccount();

  const userCell = (personName: string, username: string) => (
    <Flex vertical>
      <span>{personName}</span>
      <Typography.Text type="secondary">{username}</Typography.Text>
    </Flex>
  );

  const sessionColumns: TableColumnsType<ActiveSession> = [
    {
      key: 'user',
      title: t.security.user,
      render: (_, session) => (
        <Flex gap="small" align="center" wrap>
          {userCell(session.personName, session.username)}
          {session.current && (
            <StatusTag tone="processing" data-testid="session-current">
              {t.security.current}
            </StatusTag>
          )}
        </Flex>
      ),
    },
    { key: 'unit', title: t.security.unit, dataIndex: 'unitName', responsive: ['md'] },
    { key: 'ip', title: t.security.ip, dataIndex: 'ip', responsive: ['sm'] },
    {
      key: 'createdAt',
      title: t.security.signedInAt,
      dataIndex: 'createdAt',
      responsive: ['xl'],
      render: (value: string) => formatDateTime(value, locale),
    },
    {
      key: 'lastSeenAt',
      title: t.security.lastSeenAt,
      dataIndex: 'lastSeenAt',
      render: (value: string) => formatDateTime(value, locale),
    },
    {
      key: 'expiresAt',
      title: t.security.expiresAt,
      dataIndex: 'expiresAt',
      responsive: ['lg'],
      render: (value: string) => formatDateTime(value, locale),
    },
    {
      key: 'actions',
      title: t.common.actions,
      // The caller's own session ends with 退出登录, not from here.
      render: (_, session) =>
        !session.current && (
          <Popconfirm
            title={format(t.security.confirmRevoke, { name: session.personName })}
            okText={t.common.confirm}
            cancelText={t.common.cancel}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              revoke.mutateAsync(session.id).then(
                () => message.success(t.security.revoked),
                (error: unknown) => onError(error),
              )
            }
          >
            <Button size="small" type="link" danger icon={<LogoutOutlined />} data-testid="session-revoke">
              {t.security.revoke}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  const lockedColumns: TableColumnsType<Account> = [
    {
      key: 'user',
      title: t.security.user,
      render: (_, account) => userCell(account.personName, account.username),
    },
    { key: 'unit', title: t.security.unit, dataIndex: 'unitName', responsive: ['md'] },
    {
      key: 'lockedUntil',
      title: t.security.lockedUntil,
      dataIndex: 'lockedUntil',
      render: (value: string | null) => formatDateTime(value, locale),
    },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, account) => (
        <Popconfirm
          title={format(t.security.confirmUnlock, { name: account.personName })}
          okText={t.common.confirm}
          cancelText={t.common.cancel}
          onConfirm={() =>
            unlock.mutateAsync(account.id).then(
              () => message.success(t.security.unlocked),
              (error: unknown) => onError(error),
            )
          }
        >
          <Button size="small" type="link" icon={<UnlockOutlined />} data-testid="account-unlock-button">
            {t.security.unlock}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t.nav.sessions} />
      <Flex vertical gap="middle">
        <ListTable<ActiveSession>
          cardTitle={t.security.sessions}
          columns={sessionColumns}
          pager={sessions}
          exportList={{ operationId: 'exportSessions', query: {} }}
          locale={{ emptyText: t.security.noSessions }}
          data-testid="session-table"
        />
        <ListTable<Account>
          cardTitle={t.security.lockedAccounts}
          columns={lockedColumns}
          dataSource={locked.data ?? []}
          loading={locked.isFetching}
          locale={{ emptyText: t.security.noLocked }}
          data-testid="locked-table"
        />
      </Flex>
    </>
  );
}
