import { Select, type SelectProps, Typography } from 'antd';
import { useMemo } from 'react';
import { format } from '../i18n/format';
import { useT } from '../i18n/use-t';
import { PICKER_LIMIT, type PickerList } from '../lib/use-paged-list';

export interface SearchOption {
  value: string;
  label: string;
}

type SearchSelectProps<V> = Omit<
  SelectProps<V, SearchOption>,
  'options' | 'showSearch' | 'filterOption' | 'onSearch' | 'searchValue' | 'popupRender' | 'loading'
> & {
  /** The picker's list (usePickerList): its rows, searched on the server. */
  list: Pick<PickerList<unknown>, 'truncated' | 'search' | 'setSearch' | 'isFetching'>;
  /** The options of the list's rows. */
  options: SearchOption[];
  /**
   * Labels of values that may not be among the loaded options (the value a form was opened with):
   * without them the select would show an id.
   */
  known?: SearchOption[];
};

/**
 * A select over a server-paged list (persons, items): it loads up to PICKER_LIMIT options, finds
 * the others by searching on the server as the user types, and says in its dropdown when more
 * exist than it shows ("仅显示前 200 条，请输入关键字搜索"), never silently only the first page.
 */
export function SearchSelect<V = string>({
  list,
  options,
  known = [],
  onSelect,
  onOpenChange,
  ...props
}: SearchSelectProps<V>) {
  const t = useT();
  const { truncated, search, setSearch, isFetching } = list;
  const merged = useMemo(() => {
    if (search.trim() !== '' || known.length === 0) return options;
    const loaded = new Set(options.map((option) => option.value));
    return [...options, ...known.filter((option) => !loaded.has(option.value))];
  }, [options, known, search]);
  const note = truncated
    ? format(search.trim() ? t.picker.truncatedSearch : t.picker.truncated, { limit: PICKER_LIMIT })
    : null;
  return (
    <Select<V, SearchOption>
      {...props}
      options={merged}
      loading={isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      // The select clears what was typed when an option is picked or it closes: the search follows.
      onSelect={(...args) => {
        setSearch('');
        onSelect?.(...args);
      }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
        onOpenChange?.(open);
      }}
      popupRender={(menu) => (
        <>
          {menu}
          {note && (
            <Typography.Text
              type="secondary"
              className="search-select-note"
              data-testid="picker-truncated"
              role="status"
            >
              {note}
            </Typography.Text>
          )}
        </>
      )}
    />
  );
}
