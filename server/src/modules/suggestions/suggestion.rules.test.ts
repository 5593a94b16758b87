import { nextState, SUGGESTION_WORKFLOW, TRACKING_CODE_PATTERN } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { newTrackingCode, normaliseTrackingCode } from './suggestion.rules';

describe('tracking codes', () => {
  it('are 12 characters, SG and ten of the alphabet without 0/O/1/I/L', () => {
    for (let i = 0; i < 500; i++) {
      const code = newTrackingCode();
      expect(code).toHaveLength(12);
      expect(code).toMatch(TRACKING_CODE_PATTERN);
      expect(code.slice(2)).not.toMatch(/[01OIL]/);
    }
  });

  it('accept what a person types: lower case, spaces and dashes', () => {
    expect(normaliseTrackingCode(' sgab-cd EF23 45 ')).toBe('SGABCDEF2345');
    expect(normaliseTrackingCode('SGABCDEF234O')).toBeNull();
    expect(normaliseTrackingCode('../../etc')).toBeNull();
  });
});

describe('workflow', () => {
  it('answers, publishes, unpublishes and closes in order', () => {
    expect(nextState(SUGGESTION_WORKFLOW, 'received', 'answer')).toBe('answered');
    expect(nextState(SUGGESTION_WORKFLOW, 'received', 'publish')).toBeUndefined();
    expect(nextState(SUGGESTION_WORKFLOW, 'received', 'close')).toBeUndefined();
    expect(nextState(SUGGESTION_WORKFLOW, 'answered', 'publish')).toBe('published');
    expect(nextState(SUGGESTION_WORKFLOW, 'published', 'answer')).toBeUndefined();
    expect(nextState(SUGGESTION_WORKFLOW, 'published', 'unpublish')).toBe('answered');
    expect(nextState(SUGGESTION_WORKFLOW, 'published', 'close')).toBe('closed');
    expect(nextState(SUGGESTION_WORKFLOW, 'closed', 'answer')).toBeUndefined();
  });
});
