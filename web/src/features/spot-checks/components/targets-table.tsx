import { Button, type TableColumnsType } from 'antd';
import type { ListExportTarget } from '../../../components/list-export-button';
import { ListTable } from '../../../components/list-table';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import { useCan } from '../../../lib/use-can';
import type { PagedList } from '../../../lib/use-paged-list';
import type { SpotCheckTarget } from '../types';
import { SpotCheckOutcomeTag, SpotCheckStatusTag } from './spot-check-status-tag';

/**
 * Drawn targets: the draw order, the unit, its inspectors (name and unit), the result and how
 * many findings; with the plan they belong to when listed across plans.
 */
export function TargetsTable({
  targets,
  pager,
  showPlan = false,
  onOpen,
  exportList,
}: {
  targets?: SpotCheckTarget[];
  pager?: PagedList<SpotCheckTarget>;
  showPlan?: boolean;
  onOpen: (target: SpotCheckTarget) => void;
  /** The export of the paged list, with the page's filters. */
  exportList?: ListExportTarget;
}) {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  // Only an inspector drawn for the target records its result (the server decides again).
  const records = (r: SpotCheckTarget) =>
    r.assignedToCaller && r.planStatus === 'in_progress' && can('spotCheck.inspect');
  const columns: TableColumnsType<SpotCheckTarget> = [
    ...(showPlan
      ? [
          {
            key: 'plan',
            title: t.spotCheck.plan,
            render: (_: unknown, r: SpotCheckTarget) => `${r.planCode} ${r.planTitle}`,
          },
          {
            key: 'planStatus',
            title: t.spotCheck.status,
            render: (_: unknown, r: SpotCheckTarget) => <SpotCheckStatusTag status={r.planStatus} />,
          },
        ]
      : [{ key: 'ordinal', title: t.spotCheck.ordinal, dataIndex: 'ordinal', width: 72 }]),
    {
      key: 'unit',
      title: t.spotCheck.unit,
      render: (_, r) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          onClick={() => onOpen(r)}
          data-testid="spot-check-target-open"
        >
          {r.unitName}
        </Button>
      ),
    },
    {
      key: 'inspectors',
      title: t.spotCheck.inspectors,
      render: (_, r) =>
        r.inspectors
          .map((i) => format(t.common.withNote, { text: i.name, note: i.unitName }))
          .join(t.history.listSeparator),
    },
    {
      key: 'outcome',
      title: t.spotCheck.outcome,
      render: (_, r) => <SpotCheckOutcomeTag outcome={r.outcome} />,
    },
    { key: 'checkedOn', title: t.spotCheck.checkedOn, render: (_, r) => formatDate(r.checkedOn, locale) },
    { key: 'findings', title: t.spotCheck.findingCount, dataIndex: 'findingCount', width: 88 },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, r) => (
        <Button size="small" type={records(r) ? 'primary' : 'default'} onClick={() => onOpen(r)}>
          {records(r) ? t.spotCheck.record : t.common.view}
        </Button>
      ),
    },
  ];
  return pager ? (
    <ListTable<SpotCheckTarget>
      columns={columns}
      pager={pager}
      exportList={exportList}
      data-testid="spot-check-targets"
    />
  ) : (
    <ListTable<SpotCheckTarget> columns={columns} dataSource={targets} data-testid="spot-check-targets" />
  );
}
