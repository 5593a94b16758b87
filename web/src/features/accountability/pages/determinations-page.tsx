import { Flex, Select, Space, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { LinkedFiltersNotice } from '../../../components/linked-filters-notice';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import { dateFilter, flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useDeterminationsPage } from '../api/list-determinations';
import { CaseStatusTag, FormTag } from '../components/status-tags';
import { caseHref, personRecordHref } from '../module';
import { type DeterminationListItem, DISCIPLINE_FORMS, LIABILITIES } from '../types';

const FORMS = DISCIPLINE_FORMS.map(String) as ['1', '2', '3', '4'];

/** The filters the list reads from its address (a dashboard figure links with all of them). */
const FILTERS = {
  liability: oneOfFilter(LIABILITIES),
  form: oneOfFilter(FORMS),
  // What a dashboard figure links with (the form does not show them: a notice does).
  campaignId: textFilter,
  unitId: textFilter,
  heldAccountable: flagFilter,
  decidedFrom: dateFilter,
  decidedTo: dateFilter,
};

const LINKED = ['campaignId', 'unitId', 'heldAccountable', 'decidedFrom', 'decidedTo'] as const;

/**
 * 责任认定: the persons determined responsible in the cases handled in the person's scope, newest
 * first, by liability and by the four forms — the list behind the dashboard's persons held
 * accountable. Each row opens its case; the person opens their accountability record.
 */
export function DeterminationsPage() {
  const t = useT();
  const locale = useLocale();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const determinations = useDeterminationsPage(filters);
  const columns: TableColumnsType<DeterminationListItem> = [
    {
      key: 'person',
      title: t.determinationList.person,
      minWidth: 140,
      render: (_, d) => (
        <Flex vertical gap={0}>
          <Link to={personRecordHref(d.person.id)}>{d.person.name}</Link>
          <Typography.Text type="secondary">{d.person.unitName}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'case',
      title: t.determinationList.case,
      minWidth: 170,
      render: (_, d) => (
        <Space size={4} wrap>
          <Link to={caseHref(d.caseId)} className="lead-code">
            {d.caseCode}
          </Link>
          <CaseStatusTag status={d.caseStatus} />
        </Space>
      ),
    },
    { key: 'unit', title: t.determinationList.unit, minWidth: 140, render: (_, d) => d.unitName },
    {
      key: 'liability',
      title: t.determination.liability,
      minWidth: 110,
      render: (_, d) => t.liability[d.liability],
    },
    {
      key: 'form',
      title: t.determination.form,
      minWidth: 110,
      render: (_, d) =>
        d.form ? <FormTag form={d.form} /> : d.exemption === 'exempt' ? t.exemptionOutcome.exempt : '—',
    },
    {
      key: 'measures',
      title: t.determinationList.measures,
      minWidth: 160,
      render: (_, d) => d.measures.map((m) => t.measure[m]).join('、') || '—',
    },
    {
      key: 'decidedOn',
      title: t.determinationList.decidedOn,
      minWidth: 110,
      render: (_, d) => (d.decidedOn ? formatDate(d.decidedOn, locale) : '—'),
    },
  ];
  return (
    <>
      <PageHeader title={t.nav.determinations} />
      <LinkedFiltersNotice
        active={LINKED.some((key) => filters[key] !== undefined)}
        onClear={() =>
          setFilters({ ...filters, ...Object.fromEntries(LINKED.map((key) => [key, undefined])) })
        }
      />
      <Flex gap="small" wrap className="toolbar" data-testid="determination-filters">
        <Select
          allowClear
          placeholder={t.determinationList.allLiabilities}
          aria-label={t.determination.liability}
          value={filters.liability}
          onChange={(liability) => setFilters({ ...filters, liability: liability || undefined })}
          options={LIABILITIES.map((value) => ({ value, label: t.liability[value] }))}
          style={{ flex: '1 1 160px', maxWidth: 220 }}
          data-testid="determination-filter-liability"
        />
        <Select
          allowClear
          placeholder={t.determinationList.allForms}
          aria-label={t.determination.form}
          value={filters.form}
          onChange={(form) => setFilters({ ...filters, form: form || undefined })}
          options={FORMS.map((value) => ({ value, label: t.disciplineForm[value] }))}
          style={{ flex: '1 1 160px', maxWidth: 220 }}
          data-testid="determination-filter-form"
        />
      </Flex>
      <ListTable<DeterminationListItem>
        columns={columns}
        pager={determinations}
        exportList={{ operationId: 'exportDeterminations', query: filters }}
        data-testid="determination-table"
      />
    </>
  );
}
