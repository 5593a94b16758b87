import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Checkbox, Flex, Input, Select, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatCount, formatDateTime } from '../../../lib/format';
import { flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useStatementsPage } from '../api/list-statements';
import { CreateStatementModal } from '../components/create-statement-modal';
import { StatementStatusTag } from '../components/statement-status-tag';
import { statementHref } from '../module';
import { DUTY_STATEMENT_STATUSES, type DutyStatement } from '../types';

/** The filters the list reads from its address (the workbench links here with `?toApprove=true`). */
const FILTERS = {
  status: oneOfFilter(DUTY_STATEMENT_STATUSES),
  unitId: textFilter,
  toApprove: flagFilter,
  toModerate: flagFilter,
  q: textFilter,
};

/** 述责报告: the duty statements of the units in scope, newest first; drafting one for a unit. */
export function StatementsPage() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const statements = useStatementsPage(filters);
  const [creating, setCreating] = useState(false);
  const canApprove = can('statement.approve');
  const field = { flex: '1 1 150px', maxWidth: 220 };

  const columns: TableColumnsType<DutyStatement> = [
    {
      key: 'title',
      title: t.statements.title,
      minWidth: 260,
      render: (_, s) => (
        <Link to={statementHref(s.id)} data-testid="statement-open">
          {s.title}
        </Link>
      ),
    },
    { key: 'unit', title: t.statements.unit, dataIndex: 'unitName', minWidth: 140 },
    {
      key: 'status',
      title: t.statements.status,
      render: (_, s) => <StatementStatusTag status={s.status} />,
    },
    {
      key: 'commitments',
      title: t.statements.commitmentCount,
      align: 'right',
      render: (_, s) => formatCount(s.commitmentCount, locale),
    },
    {
      key: 'pending',
      title: t.statements.pendingComments,
      align: 'right',
      render: (_, s) =>
        s.pendingComments > 0 ? (
          <Badge
            count={formatCount(s.pendingComments, locale)}
            color="gold"
            style={{ color: '#000' }}
            data-testid="statement-pending-comments"
          />
        ) : (
          formatCount(0, locale)
        ),
    },
    {
      key: 'updatedAt',
      title: t.statements.updatedAt,
      minWidth: 150,
      render: (_, s) => formatDateTime(s.updatedAt, locale),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.nav.statements}
        extra={
          can('statement.draft') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="statement-create"
            >
              {t.statements.create}
            </Button>
          )
        }
      />
      <Flex gap="small" wrap className="toolbar" data-testid="statement-filters">
        <Input.Search
          allowClear
          placeholder={t.statements.search}
          aria-label={t.statements.search}
          defaultValue={filters.q}
          onSearch={(q) => setFilters({ ...filters, q: q.trim() || undefined })}
          style={{ flex: '2 1 220px', maxWidth: 320 }}
          data-testid="statement-filter-q"
        />
        <Select
          allowClear
          placeholder={t.statements.allStatuses}
          aria-label={t.statements.status}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status: status || undefined })}
          options={DUTY_STATEMENT_STATUSES.map((s) => ({ value: s, label: t.statementStatus[s] }))}
          style={field}
          data-testid="statement-filter-status"
        />
        <UnitTreeSelect
          allowClear
          placeholder={t.statements.unit}
          aria-label={t.statements.unit}
          value={filters.unitId}
          onChange={(unitId) => setFilters({ ...filters, unitId: unitId || undefined })}
          style={{ ...field, minWidth: 180 }}
          data-testid="statement-filter-unit"
        />
        {(canApprove || filters.toApprove) && (
          <Checkbox
            checked={filters.toApprove === 'true'}
            onChange={(e) => setFilters({ ...filters, toApprove: e.target.checked ? 'true' : undefined })}
            style={{ alignSelf: 'center' }}
            data-testid="statement-filter-to-approve"
          >
            {t.statements.toApproveOnly}
          </Checkbox>
        )}
        {(canApprove || filters.toModerate) && (
          <Checkbox
            checked={filters.toModerate === 'true'}
            onChange={(e) => setFilters({ ...filters, toModerate: e.target.checked ? 'true' : undefined })}
            style={{ alignSelf: 'center' }}
            data-testid="statement-filter-to-moderate"
          >
            {t.statements.toModerateOnly}
          </Checkbox>
        )}
      </Flex>
      <ListTable<DutyStatement>
        columns={columns}
        pager={statements}
        exportList={{ operationId: 'exportDutyStatements', query: filters }}
        data-testid="statements-table"
      />
      {creating && (
        <CreateStatementModal
          unitId={filters.unitId}
          onClose={() => setCreating(false)}
          onCreated={(statement) => navigate(statementHref(statement.id))}
        />
      )}
    </>
  );
}
