import { Checkbox, Flex, Select, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { LinkedFiltersNotice } from '../../../components/linked-filters-notice';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import { flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCommitmentsPage } from '../api/commitments';
import { CommitmentStatusTag, WorkingDaysLeft } from '../components/commitment-status-tag';
import { statementCommitmentHref } from '../module';
import { COMMITMENT_STATUSES, type Commitment } from '../types';

/** The filters the list reads from its address (the workbench links here). */
const FILTERS = {
  status: oneOfFilter(COMMITMENT_STATUSES),
  unitId: textFilter,
  statementId: textFilter,
  due: flagFilter,
  // A dashboard figure's campaign (perhaps an earlier one); the form does not show it: a notice does.
  campaignId: textFilter,
};

/**
 * 承诺事项: the commitments of the units in scope, soonest due first, each in its status's colour;
 * of one campaign when a link names it (a dashboard figure's).
 */
export function CommitmentsPage() {
  const t = useT();
  const locale = useLocale();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const commitments = useCommitmentsPage(filters);
  const field = { flex: '1 1 150px', maxWidth: 220 };

  const columns: TableColumnsType<Commitment> = [
    {
      key: 'promise',
      title: t.commitment.promise,
      minWidth: 280,
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Link
            to={statementCommitmentHref(c.statementId, c.id)}
            className="pre-wrap"
            data-testid="commitment-open"
          >
            {c.promise}
          </Link>
          {c.domainTitle && <Typography.Text type="secondary">{c.domainTitle}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'unit', title: t.commitment.unit, dataIndex: 'unitName', minWidth: 140 },
    { key: 'person', title: t.commitment.responsiblePerson, dataIndex: 'responsiblePersonName' },
    {
      key: 'due',
      title: t.commitment.dueDate,
      render: (_, c) => <span data-testid="commitment-due">{formatDate(c.dueDate, locale)}</span>,
    },
    {
      key: 'status',
      title: t.commitment.status,
      render: (_, c) => <CommitmentStatusTag status={c.status} />,
    },
    {
      key: 'left',
      title: t.commitment.daysLeft,
      render: (_, c) =>
        c.fulfilledOn ? formatDate(c.fulfilledOn, locale) : <WorkingDaysLeft commitment={c} />,
    },
    {
      key: 'statement',
      title: t.commitment.statement,
      render: (_, c) => (
        <Link to={statementCommitmentHref(c.statementId, c.id)} data-testid="commitment-statement">
          {t.commitment.openStatement}
        </Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t.nav.commitments} />
      <LinkedFiltersNotice
        active={filters.campaignId !== undefined}
        onClear={() => setFilters({ ...filters, campaignId: undefined })}
      />
      <Flex gap="small" wrap className="toolbar" data-testid="commitment-filters">
        <Select
          allowClear
          placeholder={t.commitment.allStatuses}
          aria-label={t.commitment.status}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status: status || undefined })}
          options={COMMITMENT_STATUSES.map((s) => ({ value: s, label: <CommitmentStatusTag status={s} /> }))}
          style={field}
          data-testid="commitment-filter-status"
        />
        <UnitTreeSelect
          allowClear
          placeholder={t.commitment.allUnits}
          aria-label={t.commitment.unit}
          value={filters.unitId}
          onChange={(unitId) => setFilters({ ...filters, unitId: unitId || undefined })}
          style={{ ...field, minWidth: 180 }}
          data-testid="commitment-filter-unit"
        />
        <Checkbox
          checked={filters.due === 'true'}
          onChange={(e) => setFilters({ ...filters, due: e.target.checked ? 'true' : undefined })}
          style={{ alignSelf: 'center' }}
          data-testid="commitment-filter-due"
        >
          {t.commitment.dueOnly}
        </Checkbox>
      </Flex>
      <ListTable<Commitment>
        columns={columns}
        pager={commitments}
        exportList={{ operationId: 'exportCommitments', query: filters }}
        data-testid="commitments-table"
      />
    </>
  );
}
