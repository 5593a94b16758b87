import { Card, Descriptions, Empty, Grid, Skeleton, Steps, Typography } from 'antd';
import { StatusTag } from '../../../components/status-tag';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDateRange } from '../../../lib/format';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';

/** The current campaign: its name, the phase today is in and every phase's dates. */
export function CampaignCard() {
  const t = useT();
  const locale = useLocale();
  const screens = Grid.useBreakpoint();
  const campaign = useCurrentCampaign();

  const content = () => {
    if (campaign.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
    if (!campaign.data)
      return (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t.home.noCampaign}
          data-testid="home-no-campaign"
        />
      );
    const current = campaign.data;
    const at = current.phases.findIndex((phase) => phase.phase === current.currentPhase);
    return (
      <>
        <Typography.Title level={3} style={{ marginTop: 0, fontSize: 18 }} data-testid="home-campaign-name">
          {current.name}
        </Typography.Title>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'status',
              label: t.home.campaignStatus,
              children: (
                <StatusTag tone={current.status === 'active' ? 'success' : 'default'}>
                  {t.campaignStatus[current.status]}
                </StatusTag>
              ),
            },
            {
              key: 'phase',
              label: t.home.currentPhase,
              children: (
                <span data-testid="home-campaign-phase" data-phase={current.currentPhase ?? ''}>
                  {current.currentPhase ? t.phase[current.currentPhase] : t.home.notInPhase}
                </span>
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary">
          {format(t.home.reportDay, { day: current.reportDay })}
        </Typography.Paragraph>
        <Steps
          size="small"
          orientation={screens.lg === false ? 'vertical' : 'horizontal'}
          current={at}
          items={current.phases.map((phase, index) => ({
            title: t.phase[phase.phase],
            content: (
              <span data-testid="home-phase-dates">
                {formatDateRange(phase.startDate, phase.endDate, locale)}
              </span>
            ),
            status: at === -1 ? 'wait' : index < at ? 'finish' : index === at ? 'process' : 'wait',
          }))}
          data-testid="home-campaign-phases"
        />
      </>
    );
  };

  return (
    <Card title={t.home.campaign} data-testid="home-campaign">
      {content()}
    </Card>
  );
}
