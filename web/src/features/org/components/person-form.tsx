import type { Person } from '@zeren/contracts';
import { Form, type FormInstance, Input, Switch } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';

export interface PersonFormValues {
  unitId: string;
  name: string;
  position?: string | null;
  isLeader?: boolean;
  phone?: string | null;
  email?: string | null;
}

export function toPersonFormValues(person: Person): PersonFormValues {
  const { unitId, name, position, isLeader, phone, email } = person;
  return { unitId, name, position, isLeader, phone, email };
}

interface PersonFormProps {
  form: FormInstance<PersonFormValues>;
  initialValues: Partial<PersonFormValues>;
  onFinish: (values: PersonFormValues) => void;
}

/** The fields of a person; submitted from the drawer's save button. */
export function PersonForm({ form, initialValues, onFinish }: PersonFormProps) {
  const t = useT();
  return (
    <Form
      form={form}
      layout="vertical"
      name="person"
      initialValues={initialValues}
      onFinish={onFinish}
      data-testid="person-form"
    >
      <Form.Item name="unitId" label={t.person.unit} rules={[{ required: true, message: t.common.required }]}>
        <UnitTreeSelect data-testid="person-form-unit" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t.person.name}
        rules={[{ required: true, whitespace: true, message: t.common.required }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="position" label={t.person.position}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="isLeader" label={t.person.isLeader} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="phone" label={t.person.phone}>
        <Input type="tel" autoComplete="off" maxLength={20} />
      </Form.Item>
      <Form.Item name="email" label={t.person.email} rules={[{ type: 'email' }]}>
        <Input type="email" autoComplete="off" maxLength={200} />
      </Form.Item>
    </Form>
  );
}
