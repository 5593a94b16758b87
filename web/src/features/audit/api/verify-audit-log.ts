import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBad?: { seq: number; id: string; reason: string };
}

/** Recomputes the SM3 hash chain on the server and reports the first broken link. */
export function verifyAuditLog(): Promise<AuditVerification> {
  return api<AuditVerification>('/api/audit-events/verify', { method: 'POST' });
}

export function useVerifyAuditLog() {
  return useMutation({ mutationFn: verifyAuditLog });
}
