import { type OperationId, type Permission, ROUTES } from '@zeren/contracts';
import { Card, Flex } from 'antd';
import { Link } from 'react-router';
import type { Messages } from '../../../app/module';
import { listHref } from '../../../app/registry';
import { useT } from '../../../i18n/use-t';
import { useCan } from '../../../lib/use-can';

/**
 * The unit's lists, each filtered by the unit (and the campaign where the list has one), in the
 * order of the accountability chain: 明责, 履责, 督责, 问责, 述责, 评责. Evaluation results are per
 * round and not per unit: that link opens the campaign's rounds.
 */
const LISTS: readonly { operationId: OperationId; label: (t: Messages) => string; byUnit: boolean }[] = [
  { operationId: 'listDutyItems', label: (t) => t.nav.dutyItems, byUnit: true },
  { operationId: 'listKeyTasks', label: (t) => t.nav.keyTasks, byUnit: true },
  { operationId: 'listSupervisionItems', label: (t) => t.nav.supervision, byUnit: true },
  { operationId: 'listRectificationItems', label: (t) => t.nav.rectification, byUnit: true },
  { operationId: 'listLeads', label: (t) => t.nav.leads, byUnit: true },
  { operationId: 'listCases', label: (t) => t.nav.cases, byUnit: true },
  { operationId: 'listCommitments', label: (t) => t.nav.commitments, byUnit: true },
  { operationId: 'listMonthlyReports', label: (t) => t.nav.monthlyReports, byUnit: true },
  {
    operationId: 'listEvaluationRounds',
    label: (t) => t.dashboard.unitView.evaluationResults,
    byUnit: false,
  },
];

/** The permission a list route declares: the link shows only to those holding it (the server decides). */
const permissionOf = (operationId: OperationId): Permission | null => {
  const access = ROUTES[operationId].access as { permission?: Permission };
  return access.permission ?? null;
};

/** Links to the unit's lists the person may read. */
export function UnitLists({ unitId, campaignId }: { unitId: string; campaignId: string | undefined }) {
  const t = useT();
  const can = useCan();
  const links = LISTS.flatMap((list) => {
    const permission = permissionOf(list.operationId);
    if (permission && !can(permission)) return [];
    const query: Record<string, string> = {};
    if (campaignId) query.campaignId = campaignId;
    if (list.byUnit) query.unitId = unitId;
    const href = listHref(list.operationId, query);
    return href ? [{ ...list, href }] : [];
  });
  if (links.length === 0) return null;
  return (
    <Card size="small" title={t.dashboard.unitView.lists} data-testid="unit-view-lists">
      <Flex wrap gap="middle">
        {links.map((l) => (
          <Link key={l.operationId} to={l.href} data-testid={`unit-view-list-${l.operationId}`}>
            {l.label(t)}
          </Link>
        ))}
      </Flex>
    </Card>
  );
}
