import { describe, expect, it } from 'vitest';
import { matchRoute } from './router';

describe('the portal routes', () => {
  it('opens the notices and one notice', () => {
    expect(matchRoute('/portal/notices')).toEqual({ page: 'notices' });
    expect(matchRoute('/portal/notices/0190abcd')).toEqual({ page: 'notice', id: '0190abcd' });
    expect(matchRoute('/portal/notices/a/b')).toEqual({ page: 'notFound' });
  });

  it('opens the duty statements, one statement and the commitments', () => {
    expect(matchRoute('/portal/statements')).toEqual({ page: 'statements' });
    expect(matchRoute('/portal/statements/0190abcd')).toEqual({ page: 'statement', id: '0190abcd' });
    expect(matchRoute('/portal/statements/a/b')).toEqual({ page: 'notFound' });
    expect(matchRoute('/portal/commitments')).toEqual({ page: 'commitments' });
    expect(matchRoute('/portal/commitments/x')).toEqual({ page: 'notFound' });
  });

  it('opens the evaluation rounds, one round and the exemplars', () => {
    expect(matchRoute('/portal/evaluate')).toEqual({ page: 'evaluate' });
    expect(matchRoute('/portal/evaluate/')).toEqual({ page: 'evaluate' });
    expect(matchRoute('/portal/evaluate/0190abcd')).toEqual({ page: 'evaluationRound', id: '0190abcd' });
    expect(matchRoute('/portal/evaluate/a/b')).toEqual({ page: 'notFound' });
    expect(matchRoute('/portal/exemplars')).toEqual({ page: 'exemplars' });
    expect(matchRoute('/portal/exemplars/x')).toEqual({ page: 'notFound' });
  });

  it('opens the progress figures and the open data downloads', () => {
    expect(matchRoute('/portal/progress')).toEqual({ page: 'progress' });
    expect(matchRoute('/portal/open-data')).toEqual({ page: 'openData' });
    expect(matchRoute('/portal/open-data/x')).toEqual({ page: 'notFound' });
  });
});
