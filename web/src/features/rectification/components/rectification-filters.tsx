import type { CampaignDomain } from '@zeren/contracts';
import { Checkbox, Flex, Input, Select } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import {
  CONDUCT_TYPES,
  type RectificationFilters as Filters,
  RECTIFICATION_SOURCES,
  RECTIFICATION_STATUSES,
} from '../types';

/** The ledger's filters as its address holds them. */
export type LedgerFilters = Pick<
  Filters,
  | 'status'
  | 'source'
  | 'domainId'
  | 'unitId'
  | 'conduct'
  | 'overdue'
  | 'toSignOff'
  | 'toConfirm'
  | 'q'
  | 'sourceId'
>;

/** Status, source, domain, unit (and the units below it), conduct type, overdue, and a search. */
export function RectificationFilters({
  value,
  domains,
  onChange,
}: {
  value: LedgerFilters;
  domains: CampaignDomain[];
  onChange: (value: LedgerFilters) => void;
}) {
  const t = useT();
  const field = { flex: '1 1 160px', maxWidth: 260 };
  return (
    <Flex gap="small" wrap className="toolbar" data-testid="rectification-filters">
      <Input.Search
        allowClear
        placeholder={t.rectification.search}
        aria-label={t.rectification.search}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ flex: '2 1 220px', maxWidth: 320 }}
        data-testid="rectification-filter-q"
      />
      <Select
        allowClear
        placeholder={t.rectification.allStatuses}
        aria-label={t.rectification.status}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status || undefined })}
        options={RECTIFICATION_STATUSES.map((status) => ({
          value: status,
          label: t.rectificationStatus[status],
        }))}
        style={field}
        data-testid="rectification-filter-status"
      />
      <Select
        allowClear
        placeholder={t.rectification.allSources}
        aria-label={t.rectification.source}
        value={value.source}
        onChange={(source) => onChange({ ...value, source: source || undefined })}
        options={RECTIFICATION_SOURCES.map((source) => ({
          value: source,
          label: t.rectificationSource[source],
        }))}
        style={field}
        data-testid="rectification-filter-source"
      />
      <Select
        allowClear
        placeholder={t.rectification.allDomains}
        aria-label={t.rectification.domain}
        value={value.domainId}
        onChange={(domainId) => onChange({ ...value, domainId: domainId || undefined })}
        options={domains.map((domain) => ({ value: domain.id, label: domain.title }))}
        style={field}
        data-testid="rectification-filter-domain"
      />
      <UnitTreeSelect
        allowClear
        placeholder={t.person.allUnits}
        aria-label={t.rectification.unit}
        value={value.unitId}
        onChange={(unitId) => onChange({ ...value, unitId: unitId || undefined })}
        style={{ ...field, minWidth: 180 }}
        data-testid="rectification-filter-unit"
      />
      <Select
        allowClear
        placeholder={t.rectification.allConducts}
        aria-label={t.rectification.conduct}
        value={value.conduct}
        onChange={(conduct) => onChange({ ...value, conduct: conduct || undefined })}
        options={CONDUCT_TYPES.map((conduct) => ({ value: conduct, label: t.conduct[conduct] }))}
        style={field}
        data-testid="rectification-filter-conduct"
      />
      <Checkbox
        checked={value.overdue === 'true'}
        onChange={(event) => onChange({ ...value, overdue: event.target.checked ? 'true' : undefined })}
        style={{ alignSelf: 'center' }}
        data-testid="rectification-filter-overdue"
      >
        {t.rectification.onlyOverdue}
      </Checkbox>
    </Flex>
  );
}
