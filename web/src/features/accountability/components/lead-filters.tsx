import { Checkbox, Flex, Input, Select } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { type LeadFilters as Filters, LEAD_SOURCES, LEAD_STATUSES } from '../types';

/** The leads list's filters as its address holds them. */
export type LeadListFilters = Pick<
  Filters,
  'status' | 'source' | 'overdue' | 'awaitingReply' | 'q' | 'concernedUnitId'
>;

/** Status, source, unit concerned (and the units below it), overdue, reporters awaiting a reply, and a search. */
export function LeadFilters({
  value,
  onChange,
}: {
  value: LeadListFilters;
  onChange: (value: LeadListFilters) => void;
}) {
  const t = useT();
  const field = { flex: '1 1 160px', maxWidth: 240 };
  return (
    <Flex gap="small" wrap className="toolbar" data-testid="lead-filters">
      <Input.Search
        allowClear
        placeholder={t.lead.search}
        aria-label={t.lead.search}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ flex: '2 1 220px', maxWidth: 320 }}
        data-testid="lead-filter-q"
      />
      <Select
        allowClear
        placeholder={t.lead.allStatuses}
        aria-label={t.lead.status}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status || undefined })}
        options={LEAD_STATUSES.map((status) => ({ value: status, label: t.leadStatus[status] }))}
        style={field}
        data-testid="lead-filter-status"
      />
      <Select
        allowClear
        placeholder={t.lead.allSources}
        aria-label={t.lead.source}
        value={value.source}
        onChange={(source) => onChange({ ...value, source: source || undefined })}
        options={LEAD_SOURCES.map((source) => ({ value: source, label: t.leadSource[source] }))}
        style={field}
        data-testid="lead-filter-source"
      />
      <UnitTreeSelect
        allowClear
        placeholder={t.lead.concernedUnitFilter}
        aria-label={t.lead.concernedUnitFilter}
        value={value.concernedUnitId}
        onChange={(concernedUnitId) => onChange({ ...value, concernedUnitId: concernedUnitId || undefined })}
        style={{ ...field, minWidth: 180 }}
        data-testid="lead-filter-unit"
      />
      <Checkbox
        checked={value.overdue === 'true'}
        onChange={(event) => onChange({ ...value, overdue: event.target.checked ? 'true' : undefined })}
        style={{ alignSelf: 'center' }}
        data-testid="lead-filter-overdue"
      >
        {t.lead.onlyOverdue}
      </Checkbox>
      <Checkbox
        checked={value.awaitingReply === 'true'}
        onChange={(event) => onChange({ ...value, awaitingReply: event.target.checked ? 'true' : undefined })}
        style={{ alignSelf: 'center' }}
        data-testid="lead-filter-awaiting-reply"
      >
        {t.lead.onlyAwaitingReply}
      </Checkbox>
    </Flex>
  );
}
