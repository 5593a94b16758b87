import type { Exemplar, ExemplarAction } from './types';

/** Actions that turn a nomination down: drawn as danger. */
export const DANGER_EXEMPLAR_ACTIONS: readonly ExemplarAction[] = ['reject'];

/**
 * The workflow actions drawn for a nomination: the ones `workflowActions` allows, without
 * reviewing one the person nominated (四眼原则: the server answers EXEMPLAR_FOUR_EYES).
 */
export function shownExemplarActions(
  exemplar: Pick<Exemplar, 'nominatedByYou'>,
  actions: readonly ExemplarAction[],
): ExemplarAction[] {
  return actions.filter((a) => !(exemplar.nominatedByYou && (a === 'approve' || a === 'reject')));
}
