import { Form, type FormInstance, Input, Select } from 'antd';
import { useMemo } from 'react';
import { SearchSelect } from '../../../components/search-select';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useDutyItemOptions } from '../api/list-duty-items';
import type { DutyCategory, DutyItem, DutyItemKind, DutyItemVersion } from '../types';
import { categoryOptions } from './category-label';

export interface DutyItemFormValues {
  unitId?: string;
  code?: string;
  parentItemId?: string | null;
  name: string;
  category?: DutyCategory | null;
  legalBasis?: string | null;
  implementingBody?: string | null;
  handlingOffice?: string | null;
  responsibilities?: string | null;
  accountabilityConditions?: string | null;
  accountabilityBasis?: string | null;
  remarks?: string | null;
}

export function toDutyItemFormValues(version: DutyItemVersion): DutyItemFormValues {
  const {
    name,
    category,
    legalBasis,
    implementingBody,
    handlingOffice,
    responsibilities,
    accountabilityConditions,
    accountabilityBasis,
    remarks,
  } = version;
  return {
    name,
    category,
    legalBasis,
    implementingBody,
    handlingOffice,
    responsibilities,
    accountabilityConditions,
    accountabilityBasis,
    remarks,
  };
}

/**
 * Main items of the chosen unit's list, for a sub-item (子项) to name its main item (主项): up to
 * 200 of the unit's items listed, the others found by code or name on the server.
 */
function ParentItemSelect({
  kind,
  unitId,
  ...props
}: {
  kind: DutyItemKind;
  unitId: string | undefined;
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}) {
  const t = useT();
  const items = useDutyItemOptions({ kind, unitId }, Boolean(unitId));
  const options = useMemo(
    () =>
      items.items
        .filter((item: DutyItem) => item.parentItemId === null && item.unitId === unitId)
        .map((item) => ({ value: item.id, label: `${item.code} ${item.latest.name}` })),
    [items.items, unitId],
  );
  return (
    <SearchSelect<string>
      allowClear
      placeholder={t.dutyItem.parentHint}
      disabled={!unitId}
      list={items}
      options={options}
      data-testid="duty-form-parent"
      {...props}
      value={props.value ?? undefined}
      onChange={(value) => props.onChange?.(value ?? null)}
    />
  );
}

interface DutyItemFormProps {
  form: FormInstance<DutyItemFormValues>;
  kind: DutyItemKind;
  /** Creating asks for the unit, code and main item too; a draft edits the content only. */
  creating: boolean;
  initialValues: Partial<DutyItemFormValues>;
  onFinish: (values: DutyItemFormValues) => void;
}

/** All fields of a power or responsibility list item (REFERENCE.md), submitted from the drawer. */
export function DutyItemForm({ form, kind, creating, initialValues, onFinish }: DutyItemFormProps) {
  const t = useT();
  const unitId = Form.useWatch('unitId', form);
  const area = (name: keyof DutyItemFormValues, label: string, testId: string) => (
    <Form.Item name={name} label={label}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} data-testid={testId} />
    </Form.Item>
  );
  return (
    <Form
      form={form}
      layout="vertical"
      name="duty-item"
      initialValues={initialValues}
      onFinish={onFinish}
      data-testid="duty-form"
    >
      {creating && (
        <>
          <Form.Item
            name="unitId"
            label={t.dutyItem.unit}
            rules={[{ required: true, message: t.common.required }]}
          >
            <UnitTreeSelect data-testid="duty-form-unit" />
          </Form.Item>
          <Form.Item
            name="code"
            label={t.dutyItem.code}
            rules={[{ required: true, whitespace: true, message: t.common.required }]}
          >
            <Input maxLength={50} data-testid="duty-form-code" />
          </Form.Item>
          <Form.Item name="parentItemId" label={t.dutyItem.parentItem} extra={t.dutyItem.parentExtra}>
            <ParentItemSelect kind={kind} unitId={unitId} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="name"
        label={t.dutyItem.name}
        rules={[{ required: true, whitespace: true, message: t.common.required }]}
      >
        <Input maxLength={200} data-testid="duty-form-name" />
      </Form.Item>
      <Form.Item name="category" label={t.dutyItem.category}>
        <Select allowClear options={categoryOptions(t)} data-testid="duty-form-category" />
      </Form.Item>
      {area('legalBasis', t.dutyItem.legalBasis, 'duty-form-legal-basis')}
      <Form.Item name="implementingBody" label={t.dutyItem.implementingBody}>
        <Input maxLength={200} data-testid="duty-form-implementing-body" />
      </Form.Item>
      <Form.Item name="handlingOffice" label={t.dutyItem.handlingOffice}>
        <Input maxLength={200} data-testid="duty-form-handling-office" />
      </Form.Item>
      {area('responsibilities', t.dutyItem.responsibilities, 'duty-form-responsibilities')}
      {area('accountabilityConditions', t.dutyItem.accountabilityConditions, 'duty-form-conditions')}
      {area('accountabilityBasis', t.dutyItem.accountabilityBasis, 'duty-form-accountability-basis')}
      {area('remarks', t.dutyItem.remarks, 'duty-form-remarks')}
    </Form>
  );
}
