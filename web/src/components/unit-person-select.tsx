import type { SelectProps } from 'antd';
import { useMemo } from 'react';
import { usePersonOptions } from '../features/org/api/list-persons';
import { type SearchOption, SearchSelect } from './search-select';

type UnitPersonSelectProps<V> = Omit<
  SelectProps<V, SearchOption>,
  'options' | 'showSearch' | 'filterOption' | 'onSearch' | 'searchValue' | 'popupRender' | 'loading'
> & {
  /** The unit whose persons are offered; none chosen yet: the select is disabled. */
  unitId: string | undefined;
  /** Shown while no unit is chosen (请先选择责任单位). */
  noUnitPlaceholder?: string;
  /** Labels of the persons a record already names, whichever of them the list does not show. */
  known?: SearchOption[];
};

/**
 * The persons of one unit, as a record's responsible persons must belong to its unit: up to 200
 * listed (name and position), the others found by name or position on the server. One person, or
 * several with `mode="multiple"`.
 */
export function UnitPersonSelect<V = string>({
  unitId,
  noUnitPlaceholder,
  known = [],
  placeholder,
  ...props
}: UnitPersonSelectProps<V>) {
  const persons = usePersonOptions({ unitId }, Boolean(unitId));
  const options = useMemo(
    () =>
      (unitId ? persons.items : [])
        .filter((person) => person.unitId === unitId)
        .map((person) => ({
          value: person.id,
          label: person.position ? `${person.name}（${person.position}）` : person.name,
        })),
    [persons.items, unitId],
  );
  return (
    <SearchSelect<V>
      allowClear
      {...props}
      disabled={!unitId || props.disabled}
      placeholder={unitId ? placeholder : noUnitPlaceholder}
      list={persons}
      options={options}
      known={known}
    />
  );
}
