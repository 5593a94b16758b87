import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LinkedFiltersNotice } from '../../../components/linked-filters-notice';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { dateFilter, flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useAccountabilitySettings } from '../api/accountability-settings';
import { useLeadsPage } from '../api/list-leads';
import { LeadFilters } from '../components/lead-filters';
import { LeadFormDrawer } from '../components/lead-form-drawer';
import { LeadTable } from '../components/lead-table';
import { SettingsDrawer } from '../components/settings-drawer';
import { leadHref } from '../module';
import { CONDUCT_TYPES, DISPOSALS, LEAD_SOURCES, LEAD_STATUSES, SATISFACTION_LEVELS } from '../types';

/**
 * The filters the list reads from its address (the workbench opens it as `?status=received` or
 * `?awaitingReply=true`).
 */
const FILTERS = {
  status: oneOfFilter(LEAD_STATUSES),
  source: oneOfFilter(LEAD_SOURCES),
  concernedUnitId: textFilter,
  overdue: flagFilter,
  awaitingReply: flagFilter,
  q: textFilter,
  // What a dashboard or monthly report figure links with (the form does not show them: a notice does).
  campaignId: textFilter,
  unitId: textFilter,
  domainId: textFilter,
  conduct: oneOfFilter(CONDUCT_TYPES),
  disposal: oneOfFilter(DISPOSALS),
  receivedFrom: dateFilter,
  receivedTo: dateFilter,
  disposed: flagFilter,
  disposedFrom: dateFilter,
  disposedTo: dateFilter,
  handledOnTime: oneOfFilter(['true', 'false']),
  responded: flagFilter,
  closedForReporter: flagFilter,
  satisfaction: oneOfFilter(SATISFACTION_LEVELS),
  rated: oneOfFilter(['stated', 'satisfied']),
};

const LINKED = [
  'campaignId',
  'domainId',
  'conduct',
  'disposal',
  'receivedFrom',
  'receivedTo',
  'unitId',
  'disposed',
  'disposedFrom',
  'disposedTo',
  'handledOnTime',
  'responded',
  'closedForReporter',
  'satisfaction',
  'rated',
] as const;

/**
 * 问题线索: the leads the person holds, newest first, filtered by status, source, unit concerned,
 * overdue, reporters awaiting a reply and a search; a form to register one from a non-public source; the settings.
 */
export function LeadsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [creating, setCreating] = useState(false);
  const [configuring, setConfiguring] = useState(false);
  const campaign = useCurrentCampaign(can('campaign.read')).data;
  const canIntake = can('accountability.lead.intake');
  const settings = useAccountabilitySettings(campaign?.id, canIntake);
  const leads = useLeadsPage(filters);

  return (
    <>
      <PageHeader
        title={t.nav.leads}
        extra={
          <>
            {can('accountability.settings.manage') && campaign && (
              <Button
                icon={<SettingOutlined />}
                onClick={() => setConfiguring(true)}
                data-testid="accountability-settings"
              >
                {t.lead.settings}
              </Button>
            )}
            {canIntake && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!campaign}
                onClick={() => setCreating(true)}
                data-testid="lead-add"
              >
                {t.lead.create}
              </Button>
            )}
          </>
        }
      />
      {canIntake && campaign === null && (
        <Alert type="info" showIcon title={t.lead.noCampaign} className="toolbar" />
      )}
      <LinkedFiltersNotice
        active={LINKED.some((key) => filters[key] !== undefined)}
        onClear={() =>
          setFilters({ ...filters, ...Object.fromEntries(LINKED.map((key) => [key, undefined])) })
        }
      />
      <LeadFilters value={filters} onChange={setFilters} />
      <LeadTable pager={leads} exportList={{ operationId: 'exportLeads', query: filters }} />
      {creating && (
        <LeadFormDrawer
          campaign={campaign ?? null}
          leadUnitId={settings.data?.leadUnitId ?? undefined}
          onClose={() => setCreating(false)}
          onCreated={(lead) => navigate(leadHref(lead.id))}
        />
      )}
      {configuring && campaign && (
        <SettingsDrawer campaignId={campaign.id} onClose={() => setConfiguring(false)} />
      )}
    </>
  );
}
