import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Exemplar } from '../types';
import { evaluationKeys } from './query-keys';

export function getExemplar(id: string): Promise<Exemplar> {
  return call('getExemplar', { params: { id } });
}

export function useExemplar(id: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.exemplar(id ?? ''),
    queryFn: () => getExemplar(id!),
    enabled: id !== undefined,
  });
}
