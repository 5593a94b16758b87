import { HistoryOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LinkedFiltersNotice } from '../../../components/linked-filters-notice';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useSupervisionItemsPage } from '../api/list-supervision-items';
import { ColourChips, SupervisionFilters } from '../components/supervision-filters';
import { SupervisionFormDrawer } from '../components/supervision-form-drawer';
import { SupervisionSettingsModal } from '../components/supervision-settings-modal';
import { SupervisionTable } from '../components/supervision-table';
import { SUPERVISION_REMINDERS_PATH, supervisionItemHref } from '../module';
import { SUPERVISION_COLOURS, SUPERVISION_ITEM_STATUSES } from '../types';

/**
 * The filters the board reads from its address (a link from the workbench or a colleague opens
 * the board filtered: `?colour=red`, `?toAccept=true`).
 */
const FILTERS = {
  domainId: textFilter,
  unitId: textFilter,
  status: oneOfFilter(SUPERVISION_ITEM_STATUSES),
  colour: oneOfFilter(SUPERVISION_COLOURS),
  toAccept: flagFilter,
  pendingDecision: flagFilter,
  subItems: flagFilter,
  // What a dashboard figure links with (the form does not show them: a notice does).
  campaignId: textFilter,
  overdue: flagFilter,
  reminded: flagFilter,
  closedOnTime: oneOfFilter(['true', 'false'] as const),
};

const LINKED = ['campaignId', 'overdue', 'reminded', 'closedOnTime'] as const;

/**
 * 督办事项: the current campaign's supervision items in scope with today's colour (三色督办), how
 * many have each colour (each a filter), and for the supervision office the new item form and the
 * campaign's escalation rules.
 */
export function SupervisionBoardPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const campaign = useCurrentCampaign(can('campaign.read'));
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [creating, setCreating] = useState(false);
  const [settings, setSettings] = useState(false);
  // Asked once the current campaign is known (not first across campaigns, then again within it).
  const campaignKnown = !can('campaign.read') || campaign.isFetched;
  const { subItems, colour, ...rest } = filters;
  // Top-level items only unless asked: sub-items show on their parent's page. A link may name
  // another campaign than the current one (a dashboard's).
  const query = {
    ...rest,
    campaignId: filters.campaignId ?? campaign.data?.id,
    ...(subItems ? {} : { topLevel: 'true' as const }),
  };
  const items = useSupervisionItemsPage(
    { ...query, colour: campaign.data ? colour : undefined },
    campaignKnown,
  );
  const canManage = can('supervision.manage');

  return (
    <>
      <PageHeader
        title={t.nav.supervision}
        extra={
          campaign.data && (
            <>
              <Button
                icon={<HistoryOutlined />}
                onClick={() => navigate(SUPERVISION_REMINDERS_PATH)}
                data-testid="supervision-reminders"
              >
                {t.supervisionReminder.open}
              </Button>
              <Button
                icon={<SettingOutlined />}
                onClick={() => setSettings(true)}
                data-testid="supervision-settings"
              >
                {t.supervision.settings}
              </Button>
              {canManage && (
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setCreating(true)}
                  data-testid="supervision-add"
                >
                  {t.supervision.create}
                </Button>
              )}
            </>
          )
        }
      />
      {campaign.isSuccess && campaign.data === null && (
        <Alert
          type="info"
          showIcon
          title={t.supervision.noCampaign}
          className="toolbar"
          data-testid="supervision-no-campaign"
        />
      )}
      <LinkedFiltersNotice
        active={LINKED.some((key) => filters[key] !== undefined)}
        onClear={() =>
          setFilters({
            ...filters,
            campaignId: undefined,
            overdue: undefined,
            reminded: undefined,
            closedOnTime: undefined,
          })
        }
      />
      <SupervisionFilters
        value={filters}
        domains={campaign.data?.domains ?? []}
        colours={campaign.data !== undefined && campaign.data !== null}
        onChange={setFilters}
      />
      {/* Colours are counted on a campaign's thresholds: the server counts them within one. */}
      {campaign.data && (
        <ColourChips
          query={query}
          colour={colour}
          onChange={(next) => setFilters({ ...filters, colour: next })}
          enabled={campaignKnown}
        />
      )}
      <SupervisionTable
        pager={items}
        exportList={{
          operationId: 'exportSupervisionItems',
          query: { ...query, colour: campaign.data ? colour : undefined },
        }}
      />
      {creating && campaign.data && (
        <SupervisionFormDrawer
          campaign={campaign.data}
          target={{ mode: 'create' }}
          onClose={() => setCreating(false)}
          onCreated={(item) => navigate(supervisionItemHref(item.id))}
        />
      )}
      {settings && campaign.data && (
        <SupervisionSettingsModal
          campaignId={campaign.data.id}
          canEdit={canManage}
          onClose={() => setSettings(false)}
        />
      )}
    </>
  );
}
