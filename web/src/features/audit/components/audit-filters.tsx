import { AUDIT_ACTION_RECORD_TYPE, AUDIT_ACTIONS, type AuditAction, RECORD_TYPES } from '@zeren/contracts';
import { Button, DatePicker, Flex, Form, type GetProps, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { recordTypeLabel } from '../../../app/registry';
import { useLocale, useT } from '../../../i18n/use-t';
import { actionLabel } from '../../../lib/history';
import type { AuditFilters as Filters } from '../api/list-audit-events';

type TimeRange = GetProps<typeof DatePicker.RangePicker>['value'];

interface FilterValues {
  action?: string;
  recordType?: string;
  recordId?: string;
  range?: TimeRange;
}

/** Every record type the log holds: the registry's and those only events are written on (calendar days…). */
const LOGGED_RECORD_TYPES = [
  ...new Set([...Object.keys(RECORD_TYPES), ...Object.values(AUDIT_ACTION_RECORD_TYPE)]),
];

function toFilters({ action, recordType, recordId, range }: FilterValues): Filters {
  return {
    action: action ?? undefined,
    recordType: recordType ?? undefined,
    recordId: recordId?.trim() || undefined,
    from: range?.[0]?.toISOString(),
    to: range?.[1]?.toISOString(),
  };
}

function toValues({ action, recordType, recordId, from, to }: Filters): FilterValues {
  return {
    action,
    recordType,
    recordId,
    range: from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : undefined,
  };
}

/**
 * Narrows the audit log by record type, action (of that type), record and time; applied on
 * submit. Shows `value`, which the table may set too (only one record's events).
 */
export function AuditFilters({ value, onChange }: { value: Filters; onChange: (filters: Filters) => void }) {
  const t = useT();
  const locale = useLocale();
  const [form] = Form.useForm<FilterValues>();
  const recordType = Form.useWatch('recordType', form);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(value));
  }, [form, value]);

  const recordTypes = useMemo(
    () =>
      LOGGED_RECORD_TYPES.map((type) => ({ value: type, label: recordTypeLabel(t, type) })).sort((a, b) =>
        a.label.localeCompare(b.label, locale),
      ),
    [t, locale],
  );
  const actions = useMemo(
    () =>
      AUDIT_ACTIONS.filter((action) => !recordType || AUDIT_ACTION_RECORD_TYPE[action] === recordType).map(
        (action) => ({ value: action, label: actionLabel(t, action) }),
      ),
    [t, recordType],
  );

  const field = { style: { marginBottom: 0, flex: '1 1 180px' } };
  return (
    <Form
      form={form}
      layout="vertical"
      name="audit-filters"
      onFinish={(values) => onChange(toFilters(values))}
      onValuesChange={(changed: FilterValues) => {
        // An action of another record type no longer applies.
        const action = form.getFieldValue('action') as AuditAction | undefined;
        if (changed.recordType && action && AUDIT_ACTION_RECORD_TYPE[action] !== changed.recordType)
          form.setFieldValue('action', undefined);
      }}
      className="toolbar"
      data-testid="audit-filters"
    >
      <Flex gap="small" wrap align="end">
        <Form.Item name="recordType" label={t.audit.recordType} {...field}>
          <Select
            allowClear
            placeholder={t.audit.allRecordTypes}
            showSearch={{ optionFilterProp: 'label' }}
            options={recordTypes}
            data-testid="audit-filter-record-type"
          />
        </Form.Item>
        <Form.Item name="action" label={t.audit.action} {...field}>
          <Select
            allowClear
            placeholder={t.audit.allActions}
            showSearch={{ optionFilterProp: 'label' }}
            options={actions}
            data-testid="audit-filter-action"
          />
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
          <Button onClick={() => onChange({})} data-testid="audit-filter-reset">
            {t.common.reset}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
