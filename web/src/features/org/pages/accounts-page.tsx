import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { useOpenParam } from '../../../lib/open-param';
import { useCan } from '../../../lib/use-can';
import { useAccount } from '../api/get-account';
import { useAccountsPage } from '../api/list-accounts';
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
  const accounts = useAccountsPage(filters);
  // The edited account is read on its own (it may be on no page shown: a link from the audit log),
  // under the accounts prefix, so an unlock or save shows its fresh state; its row shows meanwhile.
  const editingId = shown?.mode === 'edit' ? shown.accountId : null;
  const editing = useAccount(
    editingId,
    accounts.items.find((account) => account.id === editingId),
  ).data;
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
        pager={accounts}
        canWrite={canWrite}
        onEdit={(account) => setDialog({ mode: 'edit', accountId: account.id })}
        exportList={{ operationId: 'exportAccounts', query: filters }}
      />
      {shown?.mode === 'create' && (
        <AccountCreateDrawer {...(filters.unitId ? { defaultUnitId: filters.unitId } : {})} onClose={close} />
      )}
      {editing && editing.id === editingId && (
        <AccountEditDrawer key={editing.id} account={editing} onClose={close} />
      )}
    </>
  );
}
