import { AUDIT_ACTIONS } from '@zeren/contracts';
import { Button, DatePicker, Flex, Form, type GetProps, Input, Select } from 'antd';
import { useT } from '../../../i18n/use-t';
import type { AuditFilters as Filters } from '../api/list-audit-events';

type TimeRange = GetProps<typeof DatePicker.RangePicker>['value'];

interface FilterValues {
  action?: Filters['action'];
  recordType?: string;
  recordId?: string;
  range?: TimeRange;
}

function toFilters({ action, recordType, recordId, range }: FilterValues): Filters {
  return {
    action: action ?? undefined,
    recordType: recordType?.trim() || undefined,
    recordId: recordId?.trim() || undefined,
    from: range?.[0]?.toISOString(),
    to: range?.[1]?.toISOString(),
  };
}

/** Narrows the audit log by action, record and time; applied on submit. */
export function AuditFilters({ onChange }: { onChange: (filters: Filters) => void }) {
  const t = useT();
  const [form] = Form.useForm<FilterValues>();
  const field = { style: { marginBottom: 0, flex: '1 1 180px' } };
  return (
    <Form
      form={form}
      layout="vertical"
      name="audit-filters"
      onFinish={(values) => onChange(toFilters(values))}
      className="toolbar"
      data-testid="audit-filters"
    >
      <Flex gap="small" wrap align="end">
        <Form.Item name="action" label={t.audit.action} {...field}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={AUDIT_ACTIONS.map((action) => ({ value: action, label: t.auditAction[action] }))}
            data-testid="audit-filter-action"
          />
        </Form.Item>
        <Form.Item name="recordType" label={t.audit.recordType} {...field}>
          <Input allowClear data-testid="audit-filter-record-type" />
        </Form.Item>
        <Form.Item name="recordId" label={t.audit.recordId} {...field}>
          <Input allowClear data-testid="audit-filter-record-id" />
        </Form.Item>
        <Form.Item name="range" label={t.audit.timeRange} style={{ marginBottom: 0, flex: '2 1 320px' }}>
          <DatePicker.RangePicker showTime style={{ width: '100%' }} data-testid="audit-filter-range" />
        </Form.Item>
        <Flex gap="small">
          <Button type="primary" htmlType="submit" data-testid="audit-filter-submit">
            {t.common.search}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            {t.common.reset}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
