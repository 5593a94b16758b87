import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { usePersons } from '../api/list-persons';

/** Picks a person of the caller's scope, searchable by name and unit. */
export function PersonSelect(props: Omit<SelectProps<string>, 'options'>) {
  const { data: persons = [], isLoading } = usePersons();
  const options = useMemo(
    () => persons.map((person) => ({ value: person.id, label: `${person.name} · ${person.unitName}` })),
    [persons],
  );
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      loading={isLoading}
      {...props}
      options={options}
    />
  );
}
