import { Flex, Typography } from 'antd';
import { ProvisionalTag } from '../../../components/provisional-tag';
import { StatusTag } from '../../../components/status-tag';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import type { RectificationItem } from '../types';

/**
 * The deadline (整改时限) and, while the item is open, the working days left or overdue, coloured
 * as the server counts it (red overdue, yellow due soon); 暂定 when the date was counted through a
 * year whose holiday schedule is not entered yet.
 */
export function RectificationDueDate({ item }: { item: RectificationItem }) {
  const t = useT();
  const locale = useLocale();
  const date = formatDate(item.dueDate, locale);
  const left = item.workingDaysLeft;
  const days =
    left === null
      ? null
      : left > 0 && !item.overdue
        ? format(t.rectification.daysLeft, { days: left })
        : left === 0 && !item.overdue
          ? t.rectification.dueToday
          : format(t.rectification.daysOverdue, { days: Math.abs(left) });
  return (
    <Flex gap={4} wrap align="center">
      <Typography.Text
        type={item.colour === 'red' ? 'danger' : item.colour === 'yellow' ? 'warning' : undefined}
        data-testid="rectification-due"
        data-date={item.dueDate}
        data-colour={item.colour}
      >
        {days ? format(t.rectification.dueWithDays, { date, days }) : date}
      </Typography.Text>
      {item.overdue && (
        <StatusTag tone="error" data-testid="rectification-overdue">
          {t.rectification.overdue}
        </StatusTag>
      )}
      {left !== null && item.dueDateProvisional && <ProvisionalTag />}
    </Flex>
  );
}
