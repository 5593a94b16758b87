import { LinkedFiltersNotice } from '../../../components/linked-filters-notice';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { dateFilter, flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCasesPage } from '../api/list-cases';
import { CaseFilters, CaseTable } from '../components/case-table';
import { CASE_STATUSES } from '../types';

/** The filters the list reads from its address (the workbench opens it as `?toApprove=true` in its campaign). */
const FILTERS = {
  status: oneOfFilter(CASE_STATUSES),
  overdue: flagFilter,
  toApprove: flagFilter,
  exemptionToDecide: flagFilter,
  q: textFilter,
  // What the unit view and a monthly report's figures link with (the form does not show them: a
  // notice does).
  campaignId: textFilter,
  unitId: textFilter,
  openedFrom: dateFilter,
  openedTo: dateFilter,
  decidedFrom: dateFilter,
  decidedTo: dateFilter,
};

const LINKED = ['campaignId', 'unitId', 'openedFrom', 'openedTo', 'decidedFrom', 'decidedTo'] as const;

/**
 * 问责案件: the cases handled in the person's scope, due first, filtered by status, overdue, to
 * approve, fault-tolerance requests to decide.
 */
export function CasesPage() {
  const t = useT();
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const cases = useCasesPage(filters);
  return (
    <>
      <PageHeader title={t.nav.cases} />
      <LinkedFiltersNotice
        active={LINKED.some((key) => filters[key] !== undefined)}
        onClear={() =>
          setFilters({ ...filters, ...Object.fromEntries(LINKED.map((key) => [key, undefined])) })
        }
      />
      <CaseFilters
        value={filters}
        onChange={setFilters}
        canApprove={can('accountability.decision.approve')}
      />
      <CaseTable pager={cases} exportList={{ operationId: 'exportCases', query: filters }} />
    </>
  );
}
