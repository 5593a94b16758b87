import { Flex, Typography } from 'antd';
import { StatusTag } from '../../../components/status-tag';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import './accountability.css';

/**
 * A lead's handling deadline or a case's verification deadline and, while it runs, the working
 * days left or overdue, coloured as the server counts it (red overdue, yellow due soon).
 */
export function DueDate({
  dueDate,
  overdue,
  workingDaysLeft,
  colour,
  stacked = false,
  testId = 'lead-due',
}: {
  dueDate: string;
  overdue: boolean;
  workingDaysLeft: number | null;
  colour?: 'none' | 'yellow' | 'red';
  /** In a table: the date on one line, the working days under it. */
  stacked?: boolean;
  testId?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const date = formatDate(dueDate, locale);
  const left = workingDaysLeft;
  const shade = colour ?? (overdue ? 'red' : 'none');
  const days =
    left === null
      ? null
      : left > 0 && !overdue
        ? format(t.lead.daysLeft, { days: left })
        : left === 0 && !overdue
          ? t.lead.dueToday
          : format(t.lead.daysOverdue, { days: Math.abs(left) });
  const type = shade === 'red' ? 'danger' : shade === 'yellow' ? 'warning' : undefined;
  if (stacked)
    return (
      <Flex vertical gap={0} data-testid={testId} data-date={dueDate} data-colour={shade}>
        <span className="nowrap">{date}</span>
        {days && (
          <Typography.Text type={type ?? 'secondary'} className="due-days">
            {days}
          </Typography.Text>
        )}
      </Flex>
    );
  return (
    <Flex gap={4} wrap align="center">
      <Typography.Text type={type} data-testid={testId} data-date={dueDate} data-colour={shade}>
        {days ? format(t.lead.dueWithDays, { date, days }) : date}
      </Typography.Text>
      {overdue && (
        <StatusTag tone="error" data-testid={`${testId}-overdue`}>
          {t.lead.overdue}
        </StatusTag>
      )}
    </Flex>
  );
}
