import type { SelectProps } from 'antd';
import { useMemo } from 'react';
import { type SearchOption, SearchSelect } from '../../../components/search-select';
import { usePersonOptions } from '../../org/api/list-persons';

type PersonsSelectProps<V> = Omit<
  SelectProps<V, SearchOption>,
  'options' | 'showSearch' | 'filterOption' | 'onSearch' | 'searchValue' | 'popupRender' | 'loading'
> & {
  /** Labels of persons the value already names, whichever the loaded options lack. */
  known?: SearchOption[];
};

/**
 * Officials of the caller's scope (姓名 · 单位): up to 200 listed, the others found by name or
 * position on the server. One person, or several with `mode="multiple"`.
 */
export function PersonsSelect<V = string>({ known, ...props }: PersonsSelectProps<V>) {
  const list = usePersonOptions();
  const options = useMemo(
    () =>
      list.items.map((person) => ({
        value: person.id,
        label: `${person.name} · ${person.position ? `${person.unitName} ${person.position}` : person.unitName}`,
      })),
    [list.items],
  );
  return <SearchSelect<V> allowClear {...props} list={list} options={options} known={known ?? []} />;
}
