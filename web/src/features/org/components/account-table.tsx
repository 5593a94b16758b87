import type { Account } from '@zeren/contracts';
import { Button, Flex, type TableColumnsType, Tooltip } from 'antd';
import { AccountStatus } from '../../../components/account-status';
import type { ListExportTarget } from '../../../components/list-export-button';
import { ListTable } from '../../../components/list-table';
import { RoleTags } from '../../../components/role-tags';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDateTime } from '../../../lib/format';
import type { PagedList } from '../../../lib/use-paged-list';

interface AccountTableProps {
  /** The page of accounts shown, and the way to the others. */
  pager: PagedList<Account>;
  canWrite: boolean;
  onEdit: (account: Account) => void;
  /** The export of the list under the page's filters (账号清册). */
  exportList?: ListExportTarget;
}

export function AccountTable({ pager, canWrite, onEdit, exportList }: AccountTableProps) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumnsType<Account> = [
    { key: 'username', title: t.account.username, dataIndex: 'username' },
    { key: 'person', title: t.account.person, dataIndex: 'personName' },
    { key: 'unit', title: t.account.unit, dataIndex: 'unitName', responsive: ['md'] },
    {
      key: 'roles',
      title: t.account.roles,
      responsive: ['sm'],
      render: (_, account) => (
        <Flex vertical gap={4}>
          <RoleTags roles={account.roles} />
          {account.pendingRoles.length > 0 && (
            <Tooltip title={t.account.pendingNote}>
              <span data-testid="account-pending-roles">
                <RoleTags roles={account.pendingRoles} pending />
              </span>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    { key: 'status', title: t.account.status, render: (_, account) => <AccountStatus account={account} /> },
    {
      key: 'lastLoginAt',
      title: t.account.lastLoginAt,
      dataIndex: 'lastLoginAt',
      responsive: ['lg'],
      render: (value: string | null) => formatDateTime(value, locale),
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t.common.actions,
            render: (_: unknown, account: Account) => (
              <Button size="small" type="link" onClick={() => onEdit(account)} data-testid="account-edit">
                {t.common.edit}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <ListTable<Account> columns={columns} pager={pager} exportList={exportList} data-testid="account-table" />
  );
}
