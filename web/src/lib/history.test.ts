import { describe, expect, it } from 'vitest';
import { RECORDS } from '../app/registry';
import { catalogs } from '../i18n/catalogs';
import { actionLabel, describeChanges, type FormatContext, fmt } from './history';

const UNIT = '8d3f9a52-6c0e-4b7e-9d61-0a4f3c2b1e77';
const ctx = (locale: 'zh-CN' | 'en-US' = 'zh-CN'): FormatContext => ({
  t: catalogs[locale],
  locale,
  unitName: (id) => (id === UNIT ? '市教育局' : undefined),
  personName: () => undefined,
});
const fields = (type: string) => RECORDS.get(type)!.fields;
const lines = (changes: ReturnType<typeof describeChanges>) =>
  changes.map(({ label, before, after }) =>
    before === undefined
      ? `${label}：${after}`
      : after === undefined
        ? `${label}：${before} ✗`
        : `${label}：${before} → ${after}`,
  );

describe('describeChanges', () => {
  it('labels an edit of a key task by the form labels, with its values as the pages show them', () => {
    const entry = { before: { dueDate: '2026-12-16' }, after: { dueDate: '2026-12-23' } };
    expect(lines(describeChanges(entry, fields('key_task'), ctx()))).toEqual([
      '完成时限：2026年12月16日 → 2026年12月23日',
    ]);
    expect(lines(describeChanges(entry, fields('key_task'), ctx('en-US')))).toEqual([
      'Deadline：Dec 16, 2026 → Dec 23, 2026',
    ]);
  });

  it('reads a transition by status labels, with the opinion given, leaving out what did not change', () => {
    const entry = {
      before: { status: 'submitted', version: 2, publishedVersion: 1 },
      after: { status: 'published', version: 2, publishedVersion: 2, superseded: 1, opinion: '同意发布' },
    };
    expect(lines(describeChanges(entry, fields('duty_item'), ctx()))).toEqual([
      '状态：待审核 → 已发布',
      '审核意见：同意发布',
      '公开版本：V1 → V2',
      '被替代的版本：V1',
    ]);
  });

  it('shows names instead of the ids they stand for, and units by name', () => {
    const entry = {
      before: null,
      after: {
        title: '课后服务公示',
        unitId: UNIT,
        domainId: 'd1',
        domainTitle: '教育领域',
        responsiblePersonIds: ['p1', 'p2'],
        responsiblePersons: ['刘填报', '马晓明'],
        campaignId: 'c1',
        progress: 0,
      },
    };
    expect(lines(describeChanges(entry, fields('key_task'), ctx()))).toEqual([
      '任务名称：课后服务公示',
      '责任人员：刘填报、马晓明',
      '责任单位：市教育局',
      '重点领域：教育领域',
      '进度：0%',
    ]);
  });

  it('reads booleans, blanks, dates and codes in each language', () => {
    const entry = {
      before: { isLeader: false, position: null },
      after: { isLeader: true, position: '科长' },
    };
    expect(lines(describeChanges(entry, fields('person'), ctx()))).toEqual([
      '职务：（空） → 科长',
      '领导干部：否 → 是',
    ]);
    expect(lines(describeChanges(entry, fields('person'), ctx('en-US')))).toEqual([
      'Position：(empty) → 科长',
      'Leading official：No → Yes',
    ]);
    const account = { before: null, after: { roles: [`unit_staff:self_unit@${UNIT}`] } };
    expect(lines(describeChanges(account, fields('user_account'), ctx()))).toEqual([
      '角色：单位填报员（本单位 · 市教育局）',
    ]);
  });

  it('keeps a deletion’s values, and names unknown fields by their code', () => {
    const entry = { before: { name: '临时单位', legacy: 1 }, after: null };
    expect(lines(describeChanges(entry, fields('unit'), ctx()))).toEqual([
      '单位名称：临时单位 ✗',
      'legacy：1 ✗',
    ]);
  });

  it('leaves out a creation’s empty fields, but the audit log shows every field it holds', () => {
    const entry = { before: null, after: { name: '新单位', shortName: null, code: '', id: 'u1' } };
    expect(lines(describeChanges(entry, fields('unit'), ctx()))).toEqual(['单位名称：新单位']);
    expect(lines(describeChanges(entry, fields('unit'), ctx(), { all: true }))).toEqual([
      '单位名称：新单位',
      '简称：（空）',
      '单位编码：（空）',
      'id：u1',
    ]);
  });
});

describe('formatters', () => {
  it('format dates, moments and lists', () => {
    expect(fmt.date('2026-12-23', ctx())).toBe('2026年12月23日');
    expect(fmt.date('2026-12-23', ctx('en-US'))).toBe('Dec 23, 2026');
    expect(fmt.dateTime('2026-03-01T02:03:04Z', ctx())).toBe('2026年3月1日 10:03');
    expect(fmt.list()(['a', 'b'], ctx('en-US'))).toBe('a, b');
    expect(fmt.list()([], ctx())).toBe('（空）');
    expect(fmt.unit('unknown-id', ctx())).toBe('unknown-id');
  });

  it('label actions, and leave unknown ones as their code', () => {
    expect(actionLabel(catalogs['zh-CN'], 'key_task.updated')).toBe('修改重点任务');
    expect(actionLabel(catalogs['en-US'], 'something.new')).toBe('something.new');
  });
});
