import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { useOpenParam } from '../../../lib/open-param';
import { useCan } from '../../../lib/use-can';
import { useAccounts } from '../api/list-accounts';
import { AccountCreateDrawer } from '../components/account-create-drawer';
import { AccountEditDrawer } from '../components/account-edit-drawer';
import { AccountTable } from '../components/account-table';
import { ListFilters, type ListFilterValues } from '../components/list-filters';

type Dialog = { mode: 'create' } | { mode: 'edit'; accountId: string } | null;

export function AccountsPage() {
  const t = useT();
  const can = useCan();
  const canWrite = can('org.account.write');
  const [filters, setFilters] = useState<ListFilterValues>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  // Opened on one account (a link from the audit log): its edit drawer, until closed.
  const [openId, clearOpen] = useOpenParam();
  const shown: Dialog = dialog ?? (openId && canWrite ? { mode: 'edit', accountId: openId } : null);
  const accounts = useAccounts(filters);
  // Read the edited account from the list so an unlock or save shows its fresh state.
  const editing =
    shown?.mode === 'edit' ? accounts.data?.find((account) => account.id === shown.accountId) : undefined;
  const close = () => {
    setDialog(null);
    if (openId) clearOpen();
  };

  return (
    <>
      <PageHeader
        title={t.nav.accounts}
        extra={
          canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ mode: 'create' })}
              data-testid="add-account"
            >
              {t.account.createTitle}
            </Button>
          )
        }
      />
      <ListFilters
        value={filters}
        onChange={setFilters}
        searchPlaceholder={t.account.searchPlaceholder}
        testIdPrefix="account"
      />
      <AccountTable
        accounts={accounts.data ?? []}
        loading={accounts.isFetching}
        canWrite={canWrite}
        onEdit={(account) => setDialog({ mode: 'edit', accountId: account.id })}
      />
      {shown?.mode === 'create' && (
        <AccountCreateDrawer {...(filters.unitId ? { defaultUnitId: filters.unitId } : {})} onClose={close} />
      )}
      {editing && <AccountEditDrawer key={editing.id} account={editing} onClose={close} />}
    </>
  );
}
