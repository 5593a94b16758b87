import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { CampaignStatus } from '../types';

const COLOURS: Record<CampaignStatus, Tone> = { draft: 'default', active: 'success', closed: 'default' };

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const t = useT();
  return (
    <StatusTag tone={COLOURS[status]} data-testid="campaign-status" data-status={status}>
      {t.campaignStatus[status]}
    </StatusTag>
  );
}
