import { Flex, Typography } from 'antd';
import { ProvisionalTag } from '../../../components/provisional-tag';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import type { SupervisionItem } from '../types';

/**
 * The due date (完成时限) and, while the item runs, the working days left or overdue; 暂定 when
 * the date was counted through a year whose holiday schedule is not entered yet.
 */
export function SupervisionDueDate({ item }: { item: SupervisionItem }) {
  const t = useT();
  const locale = useLocale();
  const date = formatDate(item.dueDate, locale);
  const left = item.workingDaysLeft;
  const days =
    left === null
      ? null
      : left > 0
        ? format(t.supervision.daysLeft, { days: left })
        : left === 0
          ? t.supervision.dueToday
          : format(t.supervision.daysOverdue, { days: -left });
  return (
    <Flex gap={4} wrap align="center">
      <Typography.Text
        type={left !== null && left < 0 ? 'danger' : undefined}
        data-testid="supervision-due"
        data-date={item.dueDate}
        data-left={left ?? undefined}
      >
        {days ? format(t.supervision.dueWithDays, { date, days }) : date}
      </Typography.Text>
      {left !== null && item.dueDateProvisional && (
        <ProvisionalTag data-testid="supervision-due-provisional" />
      )}
    </Flex>
  );
}
