import type { HistoryEntry } from '@zeren/contracts';
import { App, Button, Card, Empty, Flex, Popconfirm, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Details } from '../../../components/details';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { PageSpinner } from '../../../components/page-spinner';
import { historyTab } from '../../../components/record-history';
import { StatusTag } from '../../../components/status-tag';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateRange } from '../../../lib/format';
import { useOpenParam } from '../../../lib/open-param';
import { useCan, workflowActions } from '../../../lib/use-can';
import { useDeleteDomain } from '../api/delete-domain';
import { useCurrentCampaign } from '../api/get-current-campaign';
import { useCampaigns } from '../api/list-campaigns';
import { useCampaignAction } from '../api/run-campaign-action';
import { CampaignFormModal } from '../components/campaign-form-modal';
import { CampaignStatusTag } from '../components/campaign-status-tag';
import { CloneCampaignModal } from '../components/clone-campaign-modal';
import { DomainFormModal, type DomainFormTarget } from '../components/domain-form-modal';
import { DomainTable } from '../components/domain-table';
import { CAMPAIGN_WORKFLOW, type Campaign, type CampaignAction, type CampaignPhase } from '../types';

/** 活动设置: the current campaign and the others; editable with campaign.manage, read-only otherwise. */
export function CampaignPage() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const canManage = can('campaign.manage');
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const campaigns = useCampaigns();
  const current = useCurrentCampaign();
  // Opened on one campaign (a link from the audit log): it starts selected.
  const [openId] = useOpenParam();
  const [selectedId, setSelectedId] = useState<string | null>(openId);
  const [editing, setEditing] = useState(false);
  const [cloning, setCloning] = useState(false);
  const [creating, setCreating] = useState(false);
  const [domainTarget, setDomainTarget] = useState<DomainFormTarget | null>(null);
  const runAction = useCampaignAction();
  const deleteDomain = useDeleteDomain();

  const list = campaigns.data ?? [];
  const campaign: Campaign | undefined =
    list.find((entry) => entry.id === selectedId) ??
    (selectedId === null ? (current.data ?? list[0]) : undefined) ??
    list[0];

  const act = (action: CampaignAction) =>
    campaign &&
    runAction.mutate(
      { id: campaign.id, action },
      {
        onSuccess: () => message.success(action === 'activate' ? t.campaign.activated : t.campaign.closed),
        onError: (error) => onError(error),
      },
    );

  const next = campaign ? workflowActions(CAMPAIGN_WORKFLOW, campaign.status, can) : [];
  const actions = canManage && campaign && (
    <>
      <Button onClick={() => setEditing(true)} data-testid="campaign-edit">
        {t.campaign.edit}
      </Button>
      {next.includes('activate') && (
        <Popconfirm
          title={t.campaign.confirmActivate}
          okText={t.common.confirm}
          cancelText={t.common.cancel}
          onConfirm={() => act('activate')}
        >
          <Button type="primary" loading={runAction.isPending} data-testid="campaign-activate">
            {t.campaign.activate}
          </Button>
        </Popconfirm>
      )}
      {next.includes('close') && (
        <Popconfirm
          title={t.campaign.confirmClose}
          okText={t.common.confirm}
          cancelText={t.common.cancel}
          okButtonProps={{ danger: true }}
          onConfirm={() => act('close')}
        >
          <Button danger loading={runAction.isPending} data-testid="campaign-close">
            {t.campaign.closeCampaign}
          </Button>
        </Popconfirm>
      )}
      <Button onClick={() => setCloning(true)} data-testid="campaign-clone">
        {t.campaign.clone}
      </Button>
    </>
  );

  const body = () => {
    if (campaigns.isPending) return <PageSpinner />;
    if (!campaign)
      return (
        <Empty description={t.campaign.none} data-testid="campaign-empty">
          {canManage && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="campaign-create-first">
              {t.campaign.create}
            </Button>
          )}
        </Empty>
      );
    // A domain's events show in its campaign's history, named by the domain's title.
    const domainTitle = (entry: HistoryEntry) =>
      campaign.domains.find((domain) => domain.id === entry.recordId)?.title ??
      [entry.after?.title, entry.before?.title].find((title) => typeof title === 'string');
    const settings = (
      <Flex vertical gap="middle">
        <Card
          size="small"
          title={
            <Flex gap="small" align="center" wrap>
              <span>{campaign.id === current.data?.id ? t.campaign.current : campaign.name}</span>
              <CampaignStatusTag status={campaign.status} />
            </Flex>
          }
          data-testid="campaign-card"
        >
          <Details
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              { key: 'name', label: t.campaign.name, children: campaign.name },
              { key: 'year', label: t.campaign.year, children: campaign.year },
              { key: 'unit', label: t.campaign.unit, children: campaign.unitName },
              {
                key: 'reportDay',
                label: t.campaign.reportDay,
                children: format(t.campaign.reportDayText, { day: campaign.reportDay }),
              },
              {
                key: 'currentPhase',
                label: t.campaign.currentPhase,
                children: campaign.currentPhase ? t.phase[campaign.currentPhase] : t.campaign.noPhase,
              },
            ]}
          />
          {actions && (
            <Flex gap="small" wrap className="card-actions">
              {actions}
            </Flex>
          )}
        </Card>
        <ListTable<CampaignPhase>
          cardTitle={t.campaign.phases}
          rowKey="phase"
          size="small"
          pagination={false}
          dataSource={campaign.phases}
          data-testid="campaign-phases"
          columns={[
            {
              key: 'phase',
              title: t.campaign.phases,
              render: (_, phase) => (
                <Flex gap={4} align="center">
                  {t.phase[phase.phase]}
                  {phase.phase === campaign.currentPhase && (
                    <StatusTag tone="processing">{t.campaign.currentPhase}</StatusTag>
                  )}
                </Flex>
              ),
            },
            {
              key: 'dates',
              title: t.campaign.phaseDates,
              render: (_, phase) => formatDateRange(phase.startDate, phase.endDate, locale),
            },
          ]}
        />
        <DomainTable
          domains={campaign.domains}
          canManage={canManage}
          onAdd={() => setDomainTarget({ mode: 'create', campaignId: campaign.id })}
          onEdit={(domain) => setDomainTarget({ mode: 'edit', domain })}
          onDelete={(domain) =>
            deleteDomain.mutate(domain.id, {
              onSuccess: () => message.success(t.common.deleted),
              onError: (error) => onError(error),
            })
          }
        />
      </Flex>
    );
    return (
      <Tabs
        items={[
          { key: 'settings', label: t.common.details, children: settings },
          historyTab(t.history.tab, { recordType: 'campaign', id: campaign.id, relatedName: domainTitle }),
        ]}
      />
    );
  };

  return (
    <>
      <PageHeader
        title={t.nav.campaign}
        extra={
          <Flex gap="small" wrap>
            {list.length > 1 && (
              <Select
                aria-label={t.campaign.select}
                value={campaign?.id}
                onChange={setSelectedId}
                options={list.map((entry) => ({
                  value: entry.id,
                  label: `${entry.year} · ${entry.name} · ${t.campaignStatus[entry.status]}`,
                }))}
                style={{ minWidth: 240, maxWidth: '100%' }}
                data-testid="campaign-select"
              />
            )}
            {canManage && list.length > 0 && (
              <Button onClick={() => setCreating(true)} data-testid="campaign-create">
                {t.campaign.create}
              </Button>
            )}
          </Flex>
        }
      />
      {!canManage && <Typography.Paragraph type="secondary">{t.campaign.readOnly}</Typography.Paragraph>}
      {body()}
      {editing && campaign && <CampaignFormModal campaign={campaign} onClose={() => setEditing(false)} />}
      {creating && (
        <CampaignFormModal
          onClose={(created) => {
            setCreating(false);
            if (created) setSelectedId(created.id);
          }}
        />
      )}
      {cloning && campaign && (
        <CloneCampaignModal
          campaign={campaign}
          onClose={(cloned) => {
            setCloning(false);
            if (cloned) setSelectedId(cloned.id);
          }}
        />
      )}
      {domainTarget && <DomainFormModal target={domainTarget} onClose={() => setDomainTarget(null)} />}
    </>
  );
}
