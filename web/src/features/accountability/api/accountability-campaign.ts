import { useQuery } from '@tanstack/react-query';
import type { Campaign } from '@zeren/contracts';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { listCampaigns } from '../../campaign/api/list-campaigns';
import { campaignKeys } from '../../campaign/api/query-keys';

/**
 * The campaign leads are registered under and settings read for: the person's current one, or —
 * for a body outside the government tree (the discipline commission is a root of its own, with no
 * campaign "above" it) — the one active campaign among those the person may see. Null when none
 * (or several, none of them the person's own); undefined while loading.
 */
export function useAccountabilityCampaign(): Campaign | null | undefined {
  const can = useCan();
  const enabled = can('campaign.read');
  const current = useCurrentCampaign(enabled);
  const all = useQuery({
    queryKey: campaignKeys.list,
    queryFn: listCampaigns,
    enabled: enabled && current.isSuccess && current.data === null,
  });
  if (!enabled) return null;
  if (current.data) return current.data;
  if (current.isPending) return undefined;
  if (all.isPending) return undefined;
  const active = (all.data ?? []).filter((campaign) => campaign.status === 'active');
  return active.length === 1 ? active[0]! : null;
}
