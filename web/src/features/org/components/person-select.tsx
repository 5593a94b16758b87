import type { Person } from '@zeren/contracts';
import type { SelectProps } from 'antd';
import { useMemo } from 'react';
import { type SearchOption, SearchSelect } from '../../../components/search-select';
import { usePersonOptions } from '../api/list-persons';

type PersonSelectProps = Omit<SelectProps<string, SearchOption>, 'options' | 'showSearch' | 'loading'> & {
  /** The person picked (undefined when cleared), with the unit they belong to. */
  onPick?: (person: Person | undefined) => void;
};

/** Picks a person of the caller's scope: up to 200 listed, the others found by name or position. */
export function PersonSelect({ onPick, onChange, ...props }: PersonSelectProps) {
  const list = usePersonOptions();
  const options = useMemo(
    () => list.items.map((person) => ({ value: person.id, label: `${person.name} · ${person.unitName}` })),
    [list.items],
  );
  return (
    <SearchSelect<string>
      {...props}
      list={list}
      options={options}
      onChange={(value, option) => {
        onPick?.(list.items.find((person) => person.id === value));
        onChange?.(value, option);
      }}
    />
  );
}
