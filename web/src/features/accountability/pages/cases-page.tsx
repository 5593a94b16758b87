import { LinkedFiltersNotice } from '../../../components/linked-filters-notice';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCasesPage } from '../api/list-cases';
import { CaseFilters, CaseTable } from '../components/case-table';
import { CASE_STATUSES } from '../types';

/** The filters the list reads from its address (the workbench opens it as `?toApprove=true`). */
const FILTERS = {
  status: oneOfFilter(CASE_STATUSES),
  overdue: flagFilter,
  toApprove: flagFilter,
  exemptionToDecide: flagFilter,
  q: textFilter,
  // The unit view links with it (the form does not show it: a notice does).
  unitId: textFilter,
};

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
        active={filters.unitId !== undefined}
        onClear={() => setFilters({ ...filters, unitId: undefined })}
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
