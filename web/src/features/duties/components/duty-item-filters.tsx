import { Flex, Input, Select } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { DUTY_ITEM_STATUSES, type DutyItemFilters as Filters } from '../types';
import { categoryOptions } from './category-label';

/** Unit, status, category and keyword filters of a list; the kind is the page's tab. */
export function DutyItemFilters({ value, onChange }: { value: Filters; onChange: (value: Filters) => void }) {
  const t = useT();
  const field = { flex: '1 1 180px', maxWidth: 320 };
  return (
    <Flex gap="small" wrap className="toolbar" data-testid="duty-filters">
      <UnitTreeSelect
        allowClear
        placeholder={t.person.allUnits}
        aria-label={t.dutyItem.unit}
        value={value.unitId}
        onChange={(unitId) => onChange({ ...value, unitId: unitId || undefined })}
        style={{ ...field, minWidth: 200 }}
        data-testid="duty-filter-unit"
      />
      <Select
        allowClear
        placeholder={t.dutyItem.allStatuses}
        aria-label={t.dutyItem.status}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status || undefined })}
        options={DUTY_ITEM_STATUSES.map((status) => ({ value: status, label: t.dutyStatus[status] }))}
        style={field}
        data-testid="duty-filter-status"
      />
      {value.kind === 'power' && (
        <Select
          allowClear
          placeholder={t.dutyItem.allCategories}
          aria-label={t.dutyItem.category}
          value={value.category}
          onChange={(category) => onChange({ ...value, category: category || undefined })}
          options={categoryOptions(t)}
          style={field}
          data-testid="duty-filter-category"
        />
      )}
      <Input.Search
        allowClear
        placeholder={t.dutyItem.searchPlaceholder}
        aria-label={t.dutyItem.searchPlaceholder}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ flex: '1 1 220px', maxWidth: 360 }}
        data-testid="duty-search"
      />
    </Flex>
  );
}
