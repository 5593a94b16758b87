import type { UseMutationResult } from '@tanstack/react-query';

/**
 * What a shared component needs of a feature's mutation (`useReportProgress()`, …): it runs it
 * with the component's input and shows its progress, whatever the feature's route returns.
 */
export type MutationOf<I> = Pick<UseMutationResult<unknown, Error, I>, 'mutate' | 'isPending'>;
