import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateDomainInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { CampaignDomain } from '../types';
import { campaignKeys } from './query-keys';

export function updateDomain({ id, ...body }: UpdateDomainInput & { id: string }): Promise<CampaignDomain> {
  return call('updateDomain', { params: { id }, body });
}

export function useUpdateDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDomain,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
