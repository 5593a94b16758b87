import { Flex, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import type { ListExportTarget } from '../../../components/list-export-button';
import { ListTable } from '../../../components/list-table';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import type { PagedList } from '../../../lib/use-paged-list';
import { leadHref } from '../module';
import type { Lead } from '../types';
import { DueDate } from './due-date';
import { AwaitingReplyTag, LeadStatusTag } from './status-tags';

/**
 * 问题线索: each lead's number and summary (linking to its page), source, units concerned, date
 * received, deadline with the working days left or overdue, and status (with 举报人有新留言 when a
 * reporter waits for an answer). On a phone the table
 * scrolls sideways inside its card.
 */
export function LeadTable({ pager, exportList }: { pager: PagedList<Lead>; exportList?: ListExportTarget }) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumnsType<Lead> = [
    {
      key: 'summary',
      title: t.lead.summary,
      minWidth: 260,
      render: (_, lead) => (
        <Flex vertical gap={0}>
          <Typography.Text type="secondary" className="lead-code">
            {lead.code}
          </Typography.Text>
          <Link to={leadHref(lead.id)} data-testid="lead-open">
            {lead.summary}
          </Link>
        </Flex>
      ),
    },
    {
      key: 'source',
      title: t.lead.source,
      minWidth: 96,
      render: (_, lead) => t.leadSource[lead.source],
    },
    {
      key: 'concerned',
      title: t.lead.concernedUnits,
      minWidth: 120,
      render: (_, lead) =>
        [...lead.concernedUnits.map((unit) => unit.name), ...lead.concernedPersons.map((p) => p.name)].join(
          t.history.listSeparator,
        ),
    },
    {
      key: 'receivedOn',
      title: t.lead.receivedOn,
      minWidth: 124,
      render: (_, lead) => <span className="nowrap">{formatDate(lead.receivedOn, locale)}</span>,
    },
    {
      key: 'dueDate',
      title: t.lead.dueDate,
      minWidth: 150,
      render: (_, lead) =>
        lead.status === 'received' || lead.status === 'accepted' ? (
          <DueDate
            dueDate={lead.dueDate}
            overdue={lead.overdue}
            workingDaysLeft={lead.workingDaysLeft}
            colour={lead.colour}
            stacked
          />
        ) : (
          formatDate(lead.dueDate, locale)
        ),
    },
    {
      key: 'status',
      title: t.lead.status,
      minWidth: 90,
      render: (_, lead) => (
        <Flex gap={4} wrap>
          <LeadStatusTag status={lead.status} />
          {lead.awaitingReply && <AwaitingReplyTag />}
          {lead.disposal && (lead.status === 'accepted' || lead.status === 'concluded') && (
            <Typography.Text type="secondary">{t.disposal[lead.disposal]}</Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  return <ListTable<Lead> columns={columns} pager={pager} exportList={exportList} data-testid="lead-table" />;
}
