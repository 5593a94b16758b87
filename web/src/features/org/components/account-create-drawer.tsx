import type { CreateAccountInput, Person } from '@zeren/contracts';
import { App, Button, Drawer, Flex, Form, Grid, Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useCreateAccount } from '../api/create-account';
import { PersonSelect } from './person-select';
import { RoleAssignmentsField } from './role-assignments-field';

/** Creates an account for a person, with at least one role assignment. */
export function AccountCreateDrawer({
  defaultUnitId,
  onClose,
}: {
  defaultUnitId?: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<CreateAccountInput>();
  const createAccount = useCreateAccount();
  const onError = useApiErrorHandler();
  const [personUnitId, setPersonUnitId] = useState<string | undefined>();

  // Role rows without a unit default to the chosen person's unit.
  const onPersonPicked = (person: Person | undefined) => {
    setPersonUnitId(person?.unitId);
    const unitId = person?.unitId;
    if (!unitId) return;
    const roles = form.getFieldValue('roles') as Partial<CreateAccountInput['roles'][number]>[] | undefined;
    form.setFieldValue(
      'roles',
      roles?.map((role) => (role.unitId ? role : { ...role, unitId })),
    );
  };

  const onFinish = (values: CreateAccountInput) =>
    createAccount.mutate(
      { ...values, username: values.username.trim() },
      {
        onSuccess: () => {
          message.success(t.common.saved);
          onClose();
        },
        onError: (error) => onError(error, form),
      },
    );

  return (
    <Drawer
      open
      title={t.account.createTitle}
      size={screens.md === false ? '100%' : 640}
      onClose={onClose}
      data-testid="account-create-drawer"
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            loading={createAccount.isPending}
            onClick={() => form.submit()}
            data-testid="account-form-submit"
          >
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        layout="vertical"
        name="account-create"
        onFinish={onFinish}
        data-testid="account-form"
      >
        <Form.Item
          name="username"
          label={t.account.username}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t.account.password}
          rules={[{ required: true, message: t.common.required }]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="personId"
          label={t.account.person}
          rules={[{ required: true, message: t.common.required }]}
        >
          <PersonSelect onPick={onPersonPicked} data-testid="account-person-select" />
        </Form.Item>
        <Form.Item label={t.account.roleAssignments} required>
          <RoleAssignmentsField defaultUnitId={personUnitId ?? defaultUnitId} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
