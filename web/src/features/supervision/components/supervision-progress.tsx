import { Progress } from 'antd';
import { useT } from '../../../i18n/use-t';
import type { SupervisionItem } from '../types';

/** The item's progress bar: red when the item is red, green once closed. */
export function SupervisionProgressBar({ item }: { item: SupervisionItem }) {
  const t = useT();
  return (
    <Progress
      percent={item.progress}
      size="small"
      status={item.colour === 'red' ? 'exception' : item.status === 'closed' ? 'success' : 'normal'}
      // The percentage stays written when the bar is red or complete (not an icon alone).
      format={(percent) => `${percent}%`}
      aria-label={`${t.supervision.progress} ${item.progress}%`}
      style={{ minWidth: 110 }}
    />
  );
}
