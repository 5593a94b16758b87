import {
  availableActions,
  BALLOT_CHANNELS,
  BALLOT_FLAGS,
  BALLOT_LEVELS,
  BALLOT_REVIEWS,
  EVALUATION_ROUND_STATUSES,
  EVALUATION_ROUND_WORKFLOW,
  EVALUATION_SCALES,
  EVALUATOR_GROUPS,
  EXEMPLAR_STATUSES,
  EXEMPLAR_WORKFLOW,
  evaluationContract,
  type ProblemDetails,
} from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { listHref, WORKBENCH } from '../../app/registry';
import { catalogs } from '../../i18n/catalogs';
import { ApiError } from '../../lib/api';
import { BASE } from '../../portal/router';
import { evaluationErrorMessage, isResultsHidden, missingAnswers, onlyUnknown } from './ballots';
import { shownExemplarActions } from './exemplar-actions';
import { zhCN } from './i18n/zh-CN';
import { evaluationRoundHref, tokenPrintHref } from './module';
import { formatScore, resultStanding } from './results';
import {
  defaultChannel,
  nextKey,
  remainingWeight,
  roundUpdateOf,
  targetInputs,
  targetsByCategory,
  weightSum,
} from './round-config';
import { PORTAL_BASE, tokenBallotUrl, toPages } from './token-links';

const problem = (code: string, status: number): ApiError =>
  new ApiError({ type: 'about:blank', title: 'x', detail: 'server detail', status, code } as ProblemDetails);

describe('evaluation rounds in the web app', () => {
  it('offers the office every step of a round, and nobody else any', () => {
    const office = (p: string) => p === 'evaluation.read' || p === 'evaluation.manage';
    const reader = (p: string) => p === 'evaluation.read';
    const W = EVALUATION_ROUND_WORKFLOW;
    expect(availableActions(W, 'draft', office)).toEqual(['open']);
    expect(availableActions(W, 'open', office)).toEqual(['close']);
    expect(availableActions(W, 'closed', office).sort()).toEqual(['approve', 'reopen']);
    expect(availableActions(W, 'approved', office)).toEqual(['publish']);
    expect(availableActions(W, 'published', office)).toEqual([]);
    for (const status of EVALUATION_ROUND_STATUSES) expect(availableActions(W, status, reader)).toEqual([]);
  });

  it('sums the weights as the form holds them, and reads 100 only when complete', () => {
    expect(weightSum([])).toBe(0);
    expect(weightSum([{ weight: 20 }, { weight: 30 }, undefined, {}, { weight: 50 }])).toBe(100);
    expect(weightSum(undefined)).toBe(0);
    expect(remainingWeight([{ weight: 70 }])).toBe(30);
    expect(remainingWeight([{ weight: 100 }])).toBe(1);
  });

  it('keys new categories and indicators with the first free number, as the contract allows', () => {
    expect(nextKey('c', [])).toBe('c1');
    expect(nextKey('c', ['c1', 'c2', 'county'])).toBe('c3');
    expect(nextKey('i', ['i2', undefined])).toBe('i1');
    expect(nextKey('c', ['c1'])).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
  });

  it('lets groups vote through their usual channel by default', () => {
    expect(defaultChannel('mutual')).toBe('mutual');
    expect(defaultChannel('urban_resident')).toBe('public');
    expect(defaultChannel('rural_resident')).toBe('public');
    expect(defaultChannel('npc_deputy')).toBe('token');
  });

  it('saves targets by category, each unit once, dropping removed categories and their pairs', () => {
    const targets = [
      { unitId: 'u1', category: 'city' },
      { unitId: 'u2', category: 'county' },
      { unitId: 'u3', category: 'city' },
    ];
    expect(targetsByCategory(targets)).toEqual({ city: ['u1', 'u3'], county: ['u2'] });
    expect(
      targetInputs({ city: ['u1', 'u3'], county: ['u2', 'u1'], gone: ['u9'] }, ['city', 'county']),
    ).toEqual([
      { unitId: 'u1', category: 'city' },
      { unitId: 'u3', category: 'city' },
      { unitId: 'u2', category: 'county' },
    ]);
    const update = roundUpdateOf({
      title: ' 2026 年度评议 ',
      description: '',
      opensAt: '2026-12-01T09:00:00+08:00',
      closesAt: '2026-12-15T18:00:00+08:00',
      scale: 'satisfaction',
      levelScores: { satisfied: 100, basically_satisfied: 70, dissatisfied: 30 },
      trimExtremes: true,
      categories: [{ key: 'city', name: ' 市直部门 ' }],
      groups: [{ group: 'mutual', name: '互评', weight: 100, channel: 'mutual' }],
      indicators: [{ key: 'i1', name: '作风' }],
      mutualPairs: [
        { from: 'city', to: 'city' },
        { from: 'county', to: 'city' },
      ],
      targets: { city: ['u1'], county: ['u2'] },
    });
    expect(update.title).toBe('2026 年度评议');
    expect(update.categories).toEqual([{ key: 'city', name: '市直部门' }]);
    expect(update.mutualPairs).toEqual([{ from: 'city', to: 'city' }]);
    expect(update.targets).toEqual([{ unitId: 'u1', category: 'city' }]);
  });

  it('asks for an answer to every indicator; 不了解 is one, on both scales', () => {
    const indicators = [
      { key: 'a', name: 'A' },
      { key: 'b', name: 'B' },
    ];
    expect(missingAnswers('satisfaction', indicators, { a: 'satisfied' })).toEqual(['b']);
    expect(missingAnswers('satisfaction', indicators, { a: 'unknown', b: 80 })).toEqual(['b']);
    expect(missingAnswers('score', indicators, { a: 0, b: 'unknown' })).toEqual([]);
    expect(missingAnswers('score', indicators, { a: 101, b: 7.5 })).toEqual(['a', 'b']);
    expect(onlyUnknown(indicators, { a: 'unknown', b: 'unknown' })).toBe(true);
    expect(onlyUnknown(indicators, { a: 'unknown' })).toBe(false);
  });

  it.each(Object.entries(catalogs))('%s explains the refusals of a ballot in its own words', (_locale, t) => {
    for (const code of ['BALLOT_ALREADY_CAST', 'BALLOT_SELF_EVALUATION', 'EVALUATION_NOT_OPEN'])
      expect(evaluationErrorMessage(t, problem(code, 409))).toBe(
        t.evaluationError[code as keyof typeof t.evaluationError],
      );
    expect(evaluationErrorMessage(t, problem('FORBIDDEN', 403))).toBe('server detail');
    expect(evaluationErrorMessage(t, new Error('offline'))).toBeNull();
    // Every code the page explains is one of the contract's.
    for (const code of Object.keys(t.evaluationError))
      expect(Object.keys(evaluationContract.errors)).toContain(code);
  });

  it('tells hidden results apart from other failures', () => {
    expect(isResultsHidden(problem('EVALUATION_RESULTS_HIDDEN', 403))).toBe(true);
    expect(isResultsHidden(problem('FORBIDDEN', 403))).toBe(false);
  });

  it('highlights the top three and the bottom three, and shows scores to two decimals', () => {
    const category = { top: ['甲', '乙', '丙'], bottom: ['壬', '癸'] };
    expect(resultStanding(category, '乙')).toBe('top');
    expect(resultStanding(category, '癸')).toBe('bottom');
    expect(resultStanding(category, '戊')).toBeNull();
    expect(formatScore(91.256)).toBe('91.26');
    expect(formatScore(null)).toBeNull();
  });

  it('prints QR codes leading to the portal ballot form, the token in the fragment, 12 a page', () => {
    expect(PORTAL_BASE).toBe(BASE);
    expect(tokenBallotUrl('https://zeren.example', 'abc_DEF-123')).toBe(
      'https://zeren.example/portal/evaluate#token=abc_DEF-123',
    );
    const pages = toPages(Array.from({ length: 25 }, (_, i) => i));
    expect(pages.map((page) => page.length)).toEqual([12, 12, 1]);
    expect(tokenPrintHref('r1', 'npc_deputy')).toBe('/evaluation-rounds/r1/tokens/print?group=npc_deputy');
    expect(evaluationRoundHref('r1', 'flagged')).toBe('/evaluation-rounds/r1?tab=flagged');
  });

  it('links the workbench entries to the lists, without the campaign', () => {
    expect(listHref('listMyBallots', {})).toBe('/my-ballots');
    expect(listHref('listEvaluationRounds', { toReview: 'true', campaignId: 'c1' })).toBe(
      '/evaluation-rounds?toReview=true',
    );
    expect(listHref('listExemplars', { toReview: true })).toBe('/exemplars?toReview=true');
    // The dashboard's ranking opens the round's page on its results tab.
    expect(listHref('getEvaluationResults', { id: 'r1' })).toBe('/evaluation-rounds/r1?tab=results');
    for (const key of [
      'evaluation.ballotsToCast',
      'evaluation.flaggedToReview',
      'evaluation.exemplarsToReview',
    ])
      expect(WORKBENCH.has(key), key).toBe(true);
  });
});

describe('exemplars in the web app', () => {
  it('never offers review to whoever nominated (four eyes)', () => {
    const office = (p: string) => p === 'evaluation.read' || p === 'evaluation.manage';
    const actions = availableActions(EXEMPLAR_WORKFLOW, 'nominated', office);
    expect(actions.sort()).toEqual(['approve', 'reject']);
    expect(shownExemplarActions({ nominatedByYou: true }, actions)).toEqual([]);
    expect(shownExemplarActions({ nominatedByYou: false }, actions)).toEqual(actions);
    expect(shownExemplarActions({ nominatedByYou: true }, ['publish'])).toEqual(['publish']);
  });
});

describe.each(Object.entries(catalogs))('the %s catalogue of 评责', (_locale, t) => {
  it('labels every status, action, group, channel, scale, level, flag and review', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(t.evaluationRoundStatus)).toEqual([...EVALUATION_ROUND_STATUSES].sort());
    for (const labels of [t.evaluationRoundAction, t.evaluationRoundActionHint, t.evaluationRoundActionDone])
      expect(keys(labels)).toEqual(Object.keys(EVALUATION_ROUND_WORKFLOW.actions).sort());
    expect(keys(t.exemplarStatus)).toEqual([...EXEMPLAR_STATUSES].sort());
    for (const labels of [t.exemplarAction, t.exemplarActionHint, t.exemplarActionDone])
      expect(keys(labels)).toEqual(Object.keys(EXEMPLAR_WORKFLOW.actions).sort());
    expect(keys(t.evaluatorGroup)).toEqual([...EVALUATOR_GROUPS].sort());
    expect(keys(t.ballotChannel)).toEqual([...BALLOT_CHANNELS].sort());
    expect(keys(t.evaluationScale)).toEqual([...EVALUATION_SCALES].sort());
    expect(keys(t.ballotLevel)).toEqual([...BALLOT_LEVELS].sort());
    expect(keys(t.ballotFlag)).toEqual([...BALLOT_FLAGS].sort());
    expect(keys(t.ballotReview)).toEqual([...BALLOT_REVIEWS].sort());
  });
});

describe('the zh-CN messages of 评责', () => {
  it('use full-width punctuation beside Chinese text', () => {
    const leaves = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Object.values(value as object).flatMap(leaves);
    for (const message of leaves(zhCN))
      expect(message, message).not.toMatch(/[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]/);
  });
});
