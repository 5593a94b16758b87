import {
  BALLOT_CODE,
  BALLOT_LEVELS as CONTRACT_LEVELS,
  phoneNumberSchema,
  submitPublicBallotSchema,
  tokenLookupSchema,
} from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { enUS } from '../i18n/en-US';
import { zhCN } from '../i18n/zh-CN';
import {
  allUnknown,
  BALLOT_CODE_DIGITS,
  BALLOT_LEVELS,
  buildAnswers,
  formatScore,
  groupTargets,
  isBallotCode,
  isBallotToken,
  isPhoneNumber,
  maskPhone,
  nextUnvoted,
  normaliseCode,
  normalisePhone,
  normaliseToken,
  parseScore,
  readTokenFragment,
  roundTiming,
  secondsLeft,
  sortRanking,
} from './ballot';

const TOKEN = 'Ab3_x-9ZqR7tLm2K';

describe('the evaluation ballot rules', () => {
  it('know the contract’s levels and code length, each level named in both languages', () => {
    expect([...BALLOT_LEVELS]).toEqual([...CONTRACT_LEVELS]);
    expect(BALLOT_CODE_DIGITS).toBe(BALLOT_CODE.digits);
    for (const level of BALLOT_LEVELS) {
      expect(zhCN[`ballotLevel.${level}`]).toBeTruthy();
      expect(enUS[`ballotLevel.${level}`]).toBeTruthy();
    }
  });

  it('read the token of a printed QR code from the address’s fragment only', () => {
    expect(readTokenFragment(`#token=${TOKEN}`)).toEqual({ kind: 'token', token: TOKEN });
    expect(readTokenFragment(`token=${TOKEN}`)).toEqual({ kind: 'token', token: TOKEN });
    expect(readTokenFragment(`#token=${encodeURIComponent(TOKEN)}&lang=en`)).toEqual({
      kind: 'token',
      token: TOKEN,
    });
    expect(readTokenFragment('')).toEqual({ kind: 'none' });
    expect(readTokenFragment('#')).toEqual({ kind: 'none' });
    expect(readTokenFragment('#main')).toEqual({ kind: 'none' });
    // Damaged or cut short: the visitor is asked to type it.
    expect(readTokenFragment('#token=')).toEqual({ kind: 'invalid' });
    expect(readTokenFragment('#token=short')).toEqual({ kind: 'invalid' });
    expect(readTokenFragment(`#token=${TOKEN}%3Cscript%3E`)).toEqual({ kind: 'invalid' });
  });

  it('accept a typed token, with spaces, or the whole pasted address', () => {
    expect(normaliseToken(`  ${TOKEN.slice(0, 8)} ${TOKEN.slice(8)}\n`)).toBe(TOKEN);
    expect(normaliseToken(`https://zeren.example/portal/evaluate#token=${TOKEN}`)).toBe(TOKEN);
    expect(isBallotToken(TOKEN)).toBe(true);
    expect(isBallotToken('tooshort')).toBe(false);
    expect(isBallotToken(`${TOKEN}!`)).toBe(false);
  });

  it('check tokens as the contract does', () => {
    for (const candidate of [
      TOKEN,
      'a'.repeat(15),
      'a'.repeat(16),
      'a'.repeat(64),
      'a'.repeat(65),
      'ab cd',
    ]) {
      expect(isBallotToken(candidate), candidate).toBe(
        tokenLookupSchema.safeParse({ token: candidate }).success,
      );
    }
  });

  it('take a mobile number as people type it', () => {
    expect(normalisePhone('138 0013 8000')).toBe('13800138000');
    expect(normalisePhone('+86 138-0013-8000')).toBe('13800138000');
    expect(normalisePhone('８６１３８００１３８０００')).toBe('13800138000');
    expect(isPhoneNumber('13800138000')).toBe(true);
    expect(isPhoneNumber('12800138000')).toBe(false);
    expect(isPhoneNumber('1380013800')).toBe(false);
    for (const phone of ['13800138000', '19912345678', '12800138000', '010-12345678']) {
      expect(isPhoneNumber(phone), phone).toBe(phoneNumberSchema.safeParse(phone).success);
    }
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('take the six digits of the SMS code', () => {
    expect(normaliseCode(' 12 34 56 ')).toBe('123456');
    expect(normaliseCode('１２３４５６7')).toBe('123456');
    expect(isBallotCode('123456')).toBe(true);
    expect(isBallotCode('12345')).toBe(false);
  });

  it('build one answer per indicator, or name the ones missing', () => {
    const indicators = [{ key: 'conduct' }, { key: 'efficiency' }, { key: 'integrity' }];
    expect(
      buildAnswers(indicators, 'satisfaction', {
        conduct: 'satisfied',
        efficiency: 'unknown',
        integrity: 'dissatisfied',
        stray: 'satisfied',
      }),
    ).toEqual({
      ok: true,
      answers: { conduct: 'satisfied', efficiency: 'unknown', integrity: 'dissatisfied' },
    });
    expect(buildAnswers(indicators, 'satisfaction', { conduct: 'satisfied', efficiency: '80' })).toEqual({
      ok: false,
      missing: ['efficiency', 'integrity'],
    });
    expect(
      buildAnswers(indicators, 'score', { conduct: '100', efficiency: '０', integrity: 'unknown' }),
    ).toEqual({
      ok: true,
      answers: { conduct: 100, efficiency: 0, integrity: 'unknown' },
    });
    expect(
      buildAnswers(indicators, 'score', { conduct: '101', efficiency: '7.5', integrity: 'satisfied' }),
    ).toEqual({ ok: false, missing: ['conduct', 'efficiency', 'integrity'] });
    expect(parseScore('')).toBeNull();
    expect(parseScore('-1')).toBeNull();
    expect(parseScore('85')).toBe(85);
  });

  it('build ballots the contract accepts', () => {
    const built = buildAnswers([{ key: 'conduct' }, { key: 'service' }], 'score', {
      conduct: '95',
      service: 'unknown',
    });
    if (!built.ok) throw new Error('not built');
    const ballot = {
      phone: '13800138000',
      code: '123456',
      group: 'urban_resident',
      targetId: '0190abcd-0000-7000-8000-000000000001',
      answers: built.answers,
    };
    expect(submitPublicBallotSchema.safeParse(ballot).success).toBe(true);
    expect(allUnknown(built.answers)).toBe(false);
    expect(allUnknown({ conduct: 'unknown', service: 'unknown' })).toBe(true);
  });

  it('group the targets by the round’s categories, in its order', () => {
    const groups = groupTargets(
      [
        { key: 'city', name: '市直部门' },
        { key: 'county', name: '县级政府' },
        { key: 'empty', name: '空' },
      ],
      [
        { id: 'a', unitName: '甲县人民政府', category: 'county' },
        { id: 'b', unitName: '市教育局', category: 'city' },
        { id: 'c', unitName: '市公安局', category: 'city' },
        { id: 'd', unitName: '某开发区', category: 'zone' },
      ],
    );
    expect(groups.map((g) => [g.name, g.targets.map((t) => t.id)])).toEqual([
      ['市直部门', ['b', 'c']],
      ['县级政府', ['a']],
      ['zone', ['d']],
    ]);
  });

  it('move on to the next target still to score', () => {
    const order = ['a', 'b', 'c', 'd'];
    expect(nextUnvoted(order, new Set())).toBe('a');
    expect(nextUnvoted(order, new Set(['a', 'b']), 'b')).toBe('c');
    expect(nextUnvoted(order, new Set(['a', 'b', 'd']), 'd')).toBe('c');
    expect(nextUnvoted(order, new Set(order), 'c')).toBeNull();
  });

  it('count down the wait before another code', () => {
    expect(secondsLeft(60_000, 0)).toBe(60);
    expect(secondsLeft(60_000, 59_001)).toBe(1);
    expect(secondsLeft(60_000, 60_000)).toBe(0);
    expect(secondsLeft(60_000, 70_000)).toBe(0);
  });

  it('rank by rank, the unranked last, with scores of two decimals', () => {
    const sorted = sortRanking([
      { unitName: '乙', score: null, rank: null },
      { unitName: '丙', score: 80.1, rank: 2 },
      { unitName: '甲', score: 92.456, rank: 1 },
      { unitName: '丁', score: 80.1, rank: 2 },
    ]);
    // Equal scores share a rank, then read in pinyin order (丙 bǐng before 丁 dīng).
    expect(sorted.map((r) => r.unitName)).toEqual(['甲', '丙', '丁', '乙']);
    expect(formatScore(92.456, 'zh-CN')).toBe('92.46');
    expect(formatScore(86.5, 'en-US')).toBe('86.50');
    expect(formatScore(100, 'en-US')).toBe('100.00');
    expect(formatScore(null, 'zh-CN')).toBeNull();
  });

  it('word an open round by its window', () => {
    const round = {
      status: 'open' as const,
      opensAt: '2026-12-01T00:00:00+08:00',
      closesAt: '2026-12-15T00:00:00+08:00',
    };
    expect(roundTiming(round, Date.parse('2026-11-30T23:59:00+08:00'))).toBe('upcoming');
    expect(roundTiming(round, Date.parse('2026-12-01T00:00:00+08:00'))).toBe('open');
    expect(roundTiming(round, Date.parse('2026-12-15T00:00:00+08:00'))).toBe('ended');
    expect(roundTiming({ ...round, status: 'published' }, Date.parse('2026-12-02T00:00:00+08:00'))).toBe(
      'ended',
    );
  });
});
