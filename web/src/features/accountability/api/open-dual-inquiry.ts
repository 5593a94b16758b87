import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { DualInquiryKind, Lead } from '../types';
import { refreshAccountability } from './query-keys';

/** 一案双查: opens linked inquiries (new leads) into primary and oversight responsibility. */
export function openDualInquiry(input: {
  caseId: string;
  kinds: DualInquiryKind[];
  concernedUnitIds: string[];
  summary?: string | null;
}): Promise<{ items: Lead[] }> {
  return call('openDualInquiry', {
    params: { id: input.caseId },
    body: { kinds: input.kinds, concernedUnitIds: input.concernedUnitIds, summary: input.summary ?? null },
  });
}

export function useOpenDualInquiry() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openDualInquiry, onSuccess: () => refreshAccountability(queryClient) });
}
