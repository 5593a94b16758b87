import { UNIT_KINDS, UNIT_LEVELS, type Unit } from '@zeren/contracts';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull, testId } from '../../../lib/form-values';
import { useCreateUnit } from '../api/create-unit';
import { useUpdateUnit } from '../api/update-unit';

interface UnitFormValues {
  name: string;
  shortName?: string | null;
  code?: string | null;
  kind: Unit['kind'];
  level: Unit['level'];
  sortOrder?: number | null;
}

export type UnitFormTarget = { mode: 'create'; parent: Unit | null } | { mode: 'edit'; unit: Unit };

function initialValues(target: UnitFormTarget): Partial<UnitFormValues> {
  if (target.mode === 'edit') {
    const { name, shortName, code, kind, level, sortOrder } = target.unit;
    return { name, shortName, code, kind, level, sortOrder };
  }
  return { kind: 'department', level: target.parent?.level ?? 'city', sortOrder: 0 };
}

/** Creates a unit under `parent`, or edits one. Mounted while open so each opening starts afresh. */
export function UnitFormModal({
  target,
  onClose,
}: {
  target: UnitFormTarget;
  onClose: (saved?: Unit) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const createUnit = useCreateUnit();
  const updateUnit = useUpdateUnit();
  const onError = useApiErrorHandler();

  const onFinish = (values: UnitFormValues) => {
    const body = {
      name: values.name,
      shortName: blankToNull(values.shortName),
      code: blankToNull(values.code),
      kind: values.kind,
      level: values.level,
      sortOrder: values.sortOrder ?? 0,
    };
    const handlers = {
      onSuccess: (unit: Unit) => {
        message.success(t.common.saved);
        onClose(unit);
      },
      onError: (error: unknown) => onError(error, form),
    };
    if (target.mode === 'edit') updateUnit.mutate({ id: target.unit.id, ...body }, handlers);
    else createUnit.mutate({ parentId: target.parent?.id ?? null, ...body }, handlers);
  };

  const title =
    target.mode === 'edit'
      ? t.unit.editTitle
      : target.parent
        ? `${t.unit.createTitle} · ${target.parent.name}`
        : t.unit.addRoot;

  return (
    <Modal
      open
      title={title}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={createUnit.isPending || updateUnit.isPending}
      okButtonProps={testId('unit-form-submit')}
      data-testid="unit-form-modal"
    >
      <Form
        form={form}
        layout="vertical"
        name="unit"
        initialValues={initialValues(target)}
        onFinish={onFinish}
        data-testid="unit-form"
      >
        <Form.Item
          name="name"
          label={t.unit.name}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="shortName" label={t.unit.shortName}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="code" label={t.unit.code}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="kind" label={t.unit.kind} rules={[{ required: true, message: t.common.required }]}>
          <Select options={UNIT_KINDS.map((kind) => ({ value: kind, label: t.unitKind[kind] }))} />
        </Form.Item>
        <Form.Item name="level" label={t.unit.level} rules={[{ required: true, message: t.common.required }]}>
          <Select options={UNIT_LEVELS.map((level) => ({ value: level, label: t.unitLevel[level] }))} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t.unit.sortOrder}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
