import { Flex, Input } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import type { PersonFilters } from '../api/list-persons';

/** The persons and accounts lists take the same filters (the server's `personListQuerySchema`). */
export type ListFilterValues = PersonFilters;

interface ListFiltersProps {
  value: ListFilterValues;
  onChange: (value: ListFilterValues) => void;
  searchPlaceholder: string;
  testIdPrefix: string;
}

/** Unit and free-text filters shared by the persons and accounts lists. */
export function ListFilters({ value, onChange, searchPlaceholder, testIdPrefix }: ListFiltersProps) {
  const t = useT();
  return (
    <Flex gap="small" wrap className="toolbar">
      <UnitTreeSelect
        allowClear
        placeholder={t.person.allUnits}
        aria-label={t.person.unit}
        value={value.unitId}
        onChange={(unitId) => onChange({ ...value, unitId: unitId || undefined })}
        style={{ minWidth: 220, flex: '1 1 220px', maxWidth: 360 }}
        data-testid={`${testIdPrefix}-unit-filter`}
      />
      <Input.Search
        allowClear
        placeholder={searchPlaceholder}
        aria-label={searchPlaceholder}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ flex: '1 1 220px', maxWidth: 360 }}
        data-testid={`${testIdPrefix}-search`}
      />
    </Flex>
  );
}
