import { useMutation } from '@tanstack/react-query';
import type { AuditVerifyResult } from '@zeren/contracts';
import { call } from '../../../lib/api';

export type AuditVerification = AuditVerifyResult;

/** Recomputes the SM3 hash chain on the server and reports the first broken link. */
export function verifyAuditLog(): Promise<AuditVerification> {
  return call('verifyAuditLog');
}

export function useVerifyAuditLog() {
  return useMutation({ mutationFn: verifyAuditLog });
}
