import { Flex, Input, Select } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { type SuggestionFilters as Filters, SUGGESTION_STATUSES } from '../types';

export function SuggestionFilters({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (value: Filters) => void;
}) {
  const t = useT();
  return (
    <Flex gap="small" wrap className="toolbar" data-testid="suggestion-filters">
      <Select
        allowClear
        placeholder={t.suggestion.allStatuses}
        aria-label={t.suggestion.status}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status || undefined })}
        options={SUGGESTION_STATUSES.map((status) => ({ value: status, label: t.suggestionStatus[status] }))}
        style={{ flex: '1 1 160px', maxWidth: 240 }}
        data-testid="suggestion-filter-status"
      />
      <UnitTreeSelect
        allowClear
        placeholder={t.person.allUnits}
        aria-label={t.suggestion.unit}
        value={value.unitId}
        onChange={(unitId) => onChange({ ...value, unitId: unitId || undefined })}
        style={{ minWidth: 200, flex: '1 1 200px', maxWidth: 320 }}
        data-testid="suggestion-filter-unit"
      />
      <Input.Search
        allowClear
        placeholder={t.suggestion.searchPlaceholder}
        aria-label={t.suggestion.searchPlaceholder}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ flex: '1 1 220px', maxWidth: 360 }}
        data-testid="suggestion-search"
      />
    </Flex>
  );
}
