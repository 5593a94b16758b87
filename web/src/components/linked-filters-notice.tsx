import { Alert, Button } from 'antd';
import { useT } from '../i18n/use-t';

/**
 * Says that a list is filtered by conditions its form does not show (a dashboard figure's
 * campaign, period, disposal…), so its total is the figure's and not the whole list's; one click
 * clears them.
 */
export function LinkedFiltersNotice({ active, onClear }: { active: boolean; onClear: () => void }) {
  const t = useT();
  if (!active) return null;
  return (
    <Alert
      type="info"
      showIcon
      className="toolbar"
      title={t.common.linkedFilters}
      action={
        <Button size="small" onClick={onClear} data-testid="linked-filters-clear">
          {t.common.clearLinkedFilters}
        </Button>
      }
      data-testid="linked-filters"
    />
  );
}
