import type { SelectProps } from 'antd';
import { useMemo } from 'react';
import { type SearchOption, SearchSelect } from '../../../components/search-select';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { usePickerList } from '../../../lib/use-paged-list';
import { listAccounts } from '../../org/api/list-accounts';
import { orgKeys } from '../../org/api/query-keys';

type Props = Omit<
  SelectProps<string[], SearchOption>,
  'options' | 'showSearch' | 'filterOption' | 'onSearch' | 'searchValue' | 'popupRender' | 'loading' | 'mode'
>;

/**
 * Accounts with the evaluator role (评议人) in scope, several at once: up to 200 accounts listed
 * (the list cannot be filtered by role on the server: those without the role are left out here),
 * the others found by name on the server.
 */
export function EvaluatorAccountSelect(props: Props) {
  const t = useT();
  const list = usePickerList({ filters: {}, queryKey: orgKeys.accountList, fetch: listAccounts });
  const options = useMemo(
    () =>
      list.items
        .filter((account) => !account.disabled && account.roles.some((r) => r.role === 'evaluator'))
        .map((account) => ({
          value: account.id,
          label: format(t.common.withNote, {
            text: `${account.personName} · ${account.unitName}`,
            note: account.username,
          }),
        })),
    [list.items, t],
  );
  return <SearchSelect<string[]> allowClear {...props} mode="multiple" list={list} options={options} />;
}
