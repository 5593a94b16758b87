import { Button, type TableColumnsType } from 'antd';
import type { ListExportTarget } from '../../../components/list-export-button';
import { ListTable } from '../../../components/list-table';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import type { PagedList } from '../../../lib/use-paged-list';
import type { Suggestion } from '../types';
import { SuggestionStatusTag } from './suggestion-status-tag';

/** The inbox: submitter and contact as the list endpoint returns them, masked. */
export function SuggestionTable({
  pager,
  onView,
  exportList,
}: {
  /** The page of suggestions shown, and the way to the others. */
  pager: PagedList<Suggestion>;
  onView: (suggestion: Suggestion) => void;
  exportList?: ListExportTarget;
}) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumnsType<Suggestion> = [
    {
      key: 'status',
      title: t.suggestion.status,
      render: (_, suggestion) => <SuggestionStatusTag status={suggestion.status} />,
    },
    {
      key: 'title',
      title: t.suggestion.subject,
      render: (_, suggestion) => (
        <Button
          type="link"
          size="small"
          className="link-cell"
          onClick={() => onView(suggestion)}
          data-testid="suggestion-open"
        >
          {suggestion.title}
        </Button>
      ),
    },
    { key: 'unit', title: t.suggestion.unit, dataIndex: 'unitName' },
    {
      key: 'channel',
      title: t.suggestion.channel,
      render: (_, suggestion) => t.suggestionChannel[suggestion.channel] ?? suggestion.channel,
    },
    {
      key: 'submitter',
      title: t.suggestion.submitter,
      render: (_, suggestion) =>
        [suggestion.submitterName, suggestion.submitterContact].filter(Boolean).join(' · ') || '—',
    },
    {
      key: 'createdAt',
      title: t.suggestion.createdAt,
      render: (_, suggestion) => formatDate(suggestion.createdAt, locale),
    },
  ];
  return (
    <ListTable<Suggestion>
      columns={columns}
      pager={pager}
      exportList={exportList}
      data-testid="suggestion-table"
    />
  );
}
