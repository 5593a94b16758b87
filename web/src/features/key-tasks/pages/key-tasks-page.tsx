import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { ExtensionRequestModal } from '../../../components/extension-request-modal';
import { LinkedFiltersNotice } from '../../../components/linked-filters-notice';
import { PageHeader } from '../../../components/page-header';
import { ProgressReportModal } from '../../../components/progress-report-modal';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useOpenParam } from '../../../lib/open-param';
import { flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCampaign } from '../../campaign/api/get-campaign';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useKeyTasksPage } from '../api/list-key-tasks';
import { useReportProgress } from '../api/report-progress';
import { useRequestExtension } from '../api/request-extension';
import { KeyTaskDetailDrawer } from '../components/key-task-detail-drawer';
import { KeyTaskFilters } from '../components/key-task-filters';
import { KeyTaskFormDrawer, type KeyTaskFormTarget } from '../components/key-task-form-drawer';
import { KeyTaskTable } from '../components/key-task-table';
import { KEY_TASK_STATUSES, type KeyTask } from '../types';

/** The filters the page reads from its address (the workbench links to `?status=overdue`, `?pendingExtension=true`). */
const FILTERS = {
  domainId: textFilter,
  unitId: textFilter,
  status: oneOfFilter(KEY_TASK_STATUSES),
  pendingExtension: flagFilter,
  // A link's campaign (a dashboard figure of an earlier campaign); the form does not show it.
  campaignId: textFilter,
};

/**
 * 三个清单: the key tasks in scope, top-level tasks first, of the current campaign or of the
 * campaign a link names (a dashboard figure's: the list then holds exactly what it counted).
 */
export function KeyTasksPage() {
  const t = useT();
  const can = useCan();
  const campaign = useCurrentCampaign(can('campaign.read'));
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [viewing, setViewing] = useState<string | null>(null);
  // Opened on one task (a link from the audit log): its drawer, until closed.
  const [openId, clearOpen] = useOpenParam();
  const shown = viewing ?? openId;
  const [form, setForm] = useState<KeyTaskFormTarget | null>(null);
  const [reporting, setReporting] = useState<KeyTask | null>(null);
  const [extending, setExtending] = useState<KeyTask | null>(null);
  const report = useReportProgress();
  const requestExtension = useRequestExtension();
  // The server pages the list: every task of the campaign that matches, sub-tasks too (tagged as
  // such), so that the total, the pages and the workbench's counts agree.
  // Asked once the current campaign is known (not first across campaigns, then again within it).
  const campaignKnown = !can('campaign.read') || campaign.isFetched;
  const campaignId = filters.campaignId ?? campaign.data?.id;
  // Another campaign than the current one: its domains for the filter, and a notice that says so.
  const otherCampaign = filters.campaignId !== undefined && filters.campaignId !== campaign.data?.id;
  const linked = useCampaign(otherCampaign && can('campaign.read') ? filters.campaignId! : null);
  const tasks = useKeyTasksPage({ ...filters, campaignId }, campaignKnown);

  return (
    <>
      <PageHeader
        title={t.nav.keyTasks}
        extra={
          can('keyTask.manage') &&
          campaign.data && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm({ mode: 'create', unitId: filters.unitId })}
              data-testid="key-task-add"
            >
              {t.keyTask.create}
            </Button>
          )
        }
      />
      {campaign.isSuccess && campaign.data === null && (
        <Alert
          type="info"
          showIcon
          title={t.keyTask.noCampaign}
          className="toolbar"
          data-testid="key-task-no-campaign"
        />
      )}
      <LinkedFiltersNotice
        active={otherCampaign}
        onClear={() => setFilters({ ...filters, campaignId: undefined, domainId: undefined })}
      />
      <KeyTaskFilters
        value={filters}
        domains={(otherCampaign ? linked.data : campaign.data)?.domains ?? []}
        canDecide={can('keyTask.manage')}
        onChange={setFilters}
      />
      <KeyTaskTable
        pager={tasks}
        onView={(task) => setViewing(task.id)}
        exportList={{ operationId: 'exportKeyTasks', query: { ...filters, campaignId } }}
      />
      {shown && (
        <KeyTaskDetailDrawer
          id={shown}
          onClose={() => {
            setViewing(null);
            if (openId) clearOpen();
          }}
          onOpen={(task) => setViewing(task.id)}
          onEdit={(task) => setForm({ mode: 'edit', task })}
          onAddChild={(task) => setForm({ mode: 'create', parent: task })}
          onReport={setReporting}
          onRequestExtension={setExtending}
        />
      )}
      {extending && (
        <ExtensionRequestModal
          subject={extending}
          decider={{ label: t.keyTask.setBy, unitName: extending.setByUnitName }}
          hint={format(t.keyTask.extensionHint, { unit: extending.setByUnitName })}
          request={requestExtension}
          onClose={() => setExtending(null)}
        />
      )}
      {form && campaign.data && (
        <KeyTaskFormDrawer campaign={campaign.data} target={form} onClose={() => setForm(null)} />
      )}
      {reporting && (
        <ProgressReportModal subject={reporting} report={report} onClose={() => setReporting(null)} />
      )}
    </>
  );
}
