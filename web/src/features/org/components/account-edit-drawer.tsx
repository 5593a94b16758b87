import { UnlockOutlined } from '@ant-design/icons';
import type { Account, RoleAssignmentInput, UpdateAccountInput } from '@zeren/contracts';
import { App, Button, Drawer, Flex, Form, Grid, Input, Switch, Tabs } from 'antd';
import { useCallback } from 'react';
import { AccountStatus, isLocked } from '../../../components/account-status';
import { Details } from '../../../components/details';
import { historyTab } from '../../../components/record-history';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useUpdateAccount } from '../api/update-account';
import { RoleAssignmentsField } from './role-assignments-field';

interface AccountEditValues {
  roles: RoleAssignmentInput[];
  disabled: boolean;
  password?: string;
}

/** Edits roles and the disabled flag, resets the password, or lifts a lock. */
export function AccountEditDrawer({ account, onClose }: { account: Account; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<AccountEditValues>();
  const updateAccount = useUpdateAccount();
  const unlockAccount = useUpdateAccount();
  const onError = useApiErrorHandler();
  // The history names the account's person by id: the account's own person, whose name it carries.
  const personName = useCallback(
    (id: string) => (id === account.personId ? account.personName : undefined),
    [account.personId, account.personName],
  );

  const onFinish = ({ roles, disabled, password }: AccountEditValues) => {
    const body: UpdateAccountInput = { roles, disabled, ...(password ? { password } : {}) };
    updateAccount.mutate(
      { id: account.id, ...body },
      {
        onSuccess: () => {
          message.success(t.common.saved);
          onClose();
        },
        onError: (error) => onError(error, form),
      },
    );
  };

  const onUnlock = () =>
    unlockAccount.mutate(
      { id: account.id, unlock: true },
      { onSuccess: () => message.success(t.account.unlocked), onError: (error) => onError(error) },
    );

  const initialValues: AccountEditValues = {
    // Pending grants stay requested unless removed here (a saved role set withdraws what it leaves out).
    roles: [...account.roles, ...account.pendingRoles].map(({ role, dataScope, unitId }) => ({
      role,
      dataScope,
      unitId,
    })),
    disabled: account.disabled,
  };

  return (
    <Drawer
      open
      title={`${t.account.editTitle} · ${account.username}`}
      size={screens.md === false ? '100%' : 640}
      onClose={onClose}
      data-testid="account-edit-drawer"
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            loading={updateAccount.isPending}
            onClick={() => form.submit()}
            data-testid="account-form-submit"
          >
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      <Tabs
        items={[
          {
            key: 'edit',
            label: t.common.edit,
            children: (
              <Flex vertical gap="middle">
                <Details
                  column={1}
                  items={[
                    { key: 'person', label: t.account.person, children: account.personName },
                    { key: 'unit', label: t.account.unit, children: account.unitName },
                    { key: 'status', label: t.account.status, children: <AccountStatus account={account} /> },
                  ]}
                />
                {isLocked(account) && (
                  <Button
                    icon={<UnlockOutlined />}
                    onClick={onUnlock}
                    loading={unlockAccount.isPending}
                    data-testid="account-unlock"
                  >
                    {t.account.unlock}
                  </Button>
                )}
                <Form
                  form={form}
                  layout="vertical"
                  name="account-edit"
                  initialValues={initialValues}
                  onFinish={onFinish}
                  data-testid="account-form"
                >
                  <Form.Item name="disabled" label={t.account.disable} valuePropName="checked">
                    <Switch data-testid="account-disabled" />
                  </Form.Item>
                  <Form.Item name="password" label={t.account.newPassword}>
                    <Input.Password
                      autoComplete="new-password"
                      maxLength={200}
                      data-testid="account-new-password"
                    />
                  </Form.Item>
                  <Form.Item label={t.account.roleAssignments} required>
                    <RoleAssignmentsField defaultUnitId={account.unitId} />
                  </Form.Item>
                </Form>
              </Flex>
            ),
          },
          historyTab(t.history.tab, { recordType: 'user_account', id: account.id, personName }),
        ]}
      />
    </Drawer>
  );
}
