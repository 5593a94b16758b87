import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DATA_SCOPES, ROLES, type RoleAssignmentInput } from '@zeren/contracts';
import { Button, Card, Flex, Form, Select } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';

/**
 * The `roles` list of an account form: each row is a role with its data scope and the
 * unit it applies to. Server errors such as `roles.0.unitId` land on the right row.
 */
export function RoleAssignmentsField({ defaultUnitId }: { defaultUnitId?: string | undefined }) {
  const t = useT();
  const required = [{ required: true, message: t.common.required }];
  const newRow: Partial<RoleAssignmentInput> = {
    dataScope: 'self_unit',
    ...(defaultUnitId ? { unitId: defaultUnitId } : {}),
  };
  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_, roles?: unknown[]) => {
            if (!roles || roles.length === 0) throw new Error(t.common.required);
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap="small" data-testid="role-assignments">
          {fields.map((field) => (
            <Card size="small" key={field.key} data-testid="role-assignment">
              <Flex gap="small" wrap align="start">
                <Form.Item
                  name={[field.name, 'role']}
                  label={t.account.role}
                  rules={required}
                  style={{ flex: '1 1 160px', marginBottom: 0 }}
                >
                  <Select
                    options={ROLES.map((role) => ({ value: role, label: t.role[role] }))}
                    data-testid="role-select"
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'dataScope']}
                  label={t.account.dataScope}
                  rules={required}
                  style={{ flex: '1 1 140px', marginBottom: 0 }}
                >
                  <Select
                    options={DATA_SCOPES.map((scope) => ({ value: scope, label: t.dataScope[scope] }))}
                    data-testid="data-scope-select"
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'unitId']}
                  label={t.account.scopeUnit}
                  rules={required}
                  style={{ flex: '2 1 200px', marginBottom: 0 }}
                >
                  <UnitTreeSelect data-testid="role-unit-select" />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t.common.delete}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newRow)} data-testid="add-role">
            {t.account.addRole}
          </Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
