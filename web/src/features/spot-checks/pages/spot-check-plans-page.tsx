import { ContactsOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { oneOfFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useSpotCheckPlansPage } from '../api/list-spot-check-plans';
import { PlanFormDrawer } from '../components/plan-form-drawer';
import { SpotCheckStatusTag } from '../components/spot-check-status-tag';
import { SPOT_CHECK_ROSTERS_PATH, spotCheckPlanHref } from '../module';
import { SPOT_CHECK_KINDS, SPOT_CHECK_PLAN_STATUSES, type SpotCheckPlan } from '../types';

/** The filters the list reads from its address. */
const FILTERS = { status: oneOfFilter(SPOT_CHECK_PLAN_STATUSES), kind: oneOfFilter(SPOT_CHECK_KINDS) };

/** 随机抽查: the plans of the organising units in scope, newest first; the office drafts new ones. */
export function SpotCheckPlansPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const campaign = useCurrentCampaign(can('campaign.read'));
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [creating, setCreating] = useState(false);
  const plans = useSpotCheckPlansPage(filters);
  const canManage = can('spotCheck.manage');

  const columns: TableColumnsType<SpotCheckPlan> = [
    { key: 'code', title: t.spotCheck.code, dataIndex: 'code', width: 130 },
    {
      key: 'title',
      title: t.spotCheck.title,
      render: (_, plan) => (
        <Link to={spotCheckPlanHref(plan.id)} data-testid="spot-check-plan-open">
          {plan.title}
        </Link>
      ),
    },
    { key: 'kind', title: t.spotCheck.kind, render: (_, plan) => t.spotCheckKind[plan.kind] },
    { key: 'organiser', title: t.spotCheck.organiser, dataIndex: 'unitName' },
    { key: 'targetCount', title: t.spotCheck.targetCount, dataIndex: 'targetCount', width: 100 },
    {
      key: 'status',
      title: t.spotCheck.status,
      render: (_, plan) => <SpotCheckStatusTag status={plan.status} />,
    },
    {
      key: 'progress',
      title: t.spotCheck.progress,
      render: (_, plan) =>
        plan.targetsTotal > 0
          ? format(t.spotCheck.progressValue, { checked: plan.targetsChecked, total: plan.targetsTotal })
          : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t.nav.spotChecks}
        extra={
          <>
            <Link to={SPOT_CHECK_ROSTERS_PATH}>
              <Button icon={<ContactsOutlined />}>{t.spotCheck.rosters}</Button>
            </Link>
            {canManage && campaign.data && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="spot-check-add"
              >
                {t.spotCheck.create}
              </Button>
            )}
          </>
        }
      />
      {canManage && campaign.isSuccess && campaign.data === null && (
        <Alert type="info" showIcon title={t.spotCheck.noCampaign} className="toolbar" />
      )}
      <Flex gap="small" wrap className="toolbar">
        <Select
          allowClear
          placeholder={t.spotCheck.allStatuses}
          aria-label={t.spotCheck.status}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status: status || undefined })}
          options={SPOT_CHECK_PLAN_STATUSES.map((value) => ({ value, label: t.spotCheckStatus[value] }))}
          style={{ minWidth: 160 }}
          data-testid="spot-check-filter-status"
        />
        <Select
          allowClear
          placeholder={t.spotCheck.allKinds}
          aria-label={t.spotCheck.kind}
          value={filters.kind}
          onChange={(kind) => setFilters({ ...filters, kind: kind || undefined })}
          options={SPOT_CHECK_KINDS.map((value) => ({ value, label: t.spotCheckKind[value] }))}
          style={{ minWidth: 160 }}
        />
      </Flex>
      <ListTable<SpotCheckPlan>
        columns={columns}
        pager={plans}
        exportList={{ operationId: 'exportSpotCheckPlans', query: filters }}
        data-testid="spot-check-plans"
      />
      {creating && campaign.data && (
        <PlanFormDrawer
          campaign={campaign.data}
          onClose={() => setCreating(false)}
          onSaved={(plan) => navigate(spotCheckPlanHref(plan.id))}
        />
      )}
    </>
  );
}
