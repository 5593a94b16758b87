import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { useOpenParam } from '../../../lib/open-param';
import { oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useSuggestionsPage } from '../api/list-suggestions';
import { SuggestionCreateModal } from '../components/suggestion-create-modal';
import { SuggestionDrawer } from '../components/suggestion-drawer';
import { SuggestionFilters } from '../components/suggestion-filters';
import { SuggestionTable } from '../components/suggestion-table';
import { SUGGESTION_STATUSES } from '../types';

/** The filters the page reads from its address (the workbench links to `?status=received`). */
const FILTERS = { status: oneOfFilter(SUGGESTION_STATUSES), unitId: textFilter, q: textFilter };

/** 意见建议: the suggestions inbox of the units in scope. */
export function SuggestionsPage() {
  const t = useT();
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [viewing, setViewing] = useState<string | null>(null);
  // Opened on one suggestion (a link from the audit log): its drawer, until closed.
  const [openId, clearOpen] = useOpenParam();
  const shown = viewing ?? openId;
  const [creating, setCreating] = useState(false);
  const suggestions = useSuggestionsPage(filters);

  return (
    <>
      <PageHeader
        title={t.nav.suggestions}
        extra={
          can('suggestion.submit') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="suggestion-add"
            >
              {t.suggestion.create}
            </Button>
          )
        }
      />
      <SuggestionFilters value={filters} onChange={setFilters} />
      <Typography.Paragraph type="secondary">{t.suggestion.contactMaskedHint}</Typography.Paragraph>
      <SuggestionTable
        pager={suggestions}
        onView={(suggestion) => setViewing(suggestion.id)}
        exportList={{ operationId: 'exportSuggestions', query: filters }}
      />
      {shown && (
        <SuggestionDrawer
          key={shown}
          id={shown}
          onClose={() => {
            setViewing(null);
            if (openId) clearOpen();
          }}
        />
      )}
      {creating && <SuggestionCreateModal onClose={() => setCreating(false)} />}
    </>
  );
}
