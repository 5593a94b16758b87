import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { DutyStatement } from '../types';
import { statementKeys } from './query-keys';

export function getStatement(id: string): Promise<DutyStatement> {
  return call('getDutyStatement', { params: { id } });
}

export function useStatement(id: string | undefined) {
  return useQuery({
    queryKey: statementKeys.detail(id ?? ''),
    queryFn: () => getStatement(id!),
    enabled: id !== undefined,
  });
}
