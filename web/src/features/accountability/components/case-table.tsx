import { Checkbox, Flex, Input, Select, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import type { ListExportTarget } from '../../../components/list-export-button';
import { ListTable } from '../../../components/list-table';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import type { PagedList } from '../../../lib/use-paged-list';
import { caseHref } from '../module';
import { type AccountabilityCase, CASE_STATUSES, type CaseFilters as Filters } from '../types';
import { DueDate } from './due-date';
import { CaseStatusTag, FormTag } from './status-tags';

/** The cases list's filters as its address holds them. */
export type CaseListFilters = Pick<Filters, 'status' | 'overdue' | 'toApprove' | 'exemptionToDecide' | 'q'>;

/** Status, overdue, those for me to approve, fault-tolerance requests for me to decide, and a search. */
export function CaseFilters({
  value,
  onChange,
  canApprove,
}: {
  value: CaseListFilters;
  onChange: (value: CaseListFilters) => void;
  canApprove: boolean;
}) {
  const t = useT();
  return (
    <Flex gap="small" wrap className="toolbar" data-testid="case-filters">
      <Input.Search
        allowClear
        placeholder={t.case.search}
        aria-label={t.case.search}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ flex: '2 1 220px', maxWidth: 320 }}
        data-testid="case-filter-q"
      />
      <Select
        allowClear
        placeholder={t.case.allStatuses}
        aria-label={t.case.status}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status || undefined })}
        options={CASE_STATUSES.map((status) => ({ value: status, label: t.caseStatus[status] }))}
        style={{ flex: '1 1 160px', maxWidth: 220 }}
        data-testid="case-filter-status"
      />
      <Checkbox
        checked={value.overdue === 'true'}
        onChange={(event) => onChange({ ...value, overdue: event.target.checked ? 'true' : undefined })}
        style={{ alignSelf: 'center' }}
        data-testid="case-filter-overdue"
      >
        {t.case.onlyOverdue}
      </Checkbox>
      {canApprove && (
        <Checkbox
          checked={value.toApprove === 'true'}
          onChange={(event) => onChange({ ...value, toApprove: event.target.checked ? 'true' : undefined })}
          style={{ alignSelf: 'center' }}
          data-testid="case-filter-to-approve"
        >
          {t.case.toApprove}
        </Checkbox>
      )}
      {canApprove && (
        <Checkbox
          checked={value.exemptionToDecide === 'true'}
          onChange={(event) =>
            onChange({ ...value, exemptionToDecide: event.target.checked ? 'true' : undefined })
          }
          style={{ alignSelf: 'center' }}
          data-testid="case-filter-exemption-to-decide"
        >
          {t.case.exemptionToDecide}
        </Checkbox>
      )}
    </Flex>
  );
}

/** 问责案件: number and summary (linking to the case), handling unit, handler, disposal, deadline, form, status. */
export function CaseTable({
  pager,
  exportList,
}: {
  pager: PagedList<AccountabilityCase>;
  exportList?: ListExportTarget;
}) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumnsType<AccountabilityCase> = [
    {
      key: 'summary',
      title: t.case.summary,
      minWidth: 260,
      render: (_, item) => (
        <Flex vertical gap={0}>
          <Typography.Text type="secondary" className="lead-code">
            {item.code}
          </Typography.Text>
          <Link to={caseHref(item.id)} data-testid="case-open">
            {item.summary}
          </Link>
        </Flex>
      ),
    },
    { key: 'unit', title: t.case.unit, dataIndex: 'unitName', minWidth: 110 },
    { key: 'handler', title: t.case.handler, dataIndex: 'handlerName', minWidth: 80 },
    { key: 'disposal', title: t.case.disposal, minWidth: 90, render: (_, item) => t.disposal[item.disposal] },
    {
      key: 'dueDate',
      title: t.case.dueDate,
      minWidth: 150,
      render: (_, item) =>
        item.status === 'decided' ? (
          formatDate(item.decidedOn, locale)
        ) : (
          <DueDate
            dueDate={item.dueDate}
            overdue={item.overdue}
            workingDaysLeft={item.workingDaysLeft}
            stacked
            testId="case-due"
          />
        ),
    },
    { key: 'form', title: t.case.form, minWidth: 100, render: (_, item) => <FormTag form={item.form} /> },
    {
      key: 'status',
      title: t.case.status,
      minWidth: 80,
      render: (_, item) => <CaseStatusTag status={item.status} />,
    },
  ];
  return (
    <ListTable<AccountabilityCase>
      columns={columns}
      pager={pager}
      exportList={exportList}
      data-testid="case-table"
    />
  );
}
