/**
 * Staff search (/api/search): each record type read through its owner's source, with that
 * type's read permission and the caller's scope of it; Chinese words found inside sentences;
 * filters, paging, highlights, bad input, and the audit row of every search.
 */
import type { SearchResult } from '@zeren/contracts';
import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDocument, searchVector } from '../src/db/search';
import { accountabilityCase, lead } from '../src/modules/accountability/accountability.table';
import { dutyItemVersion } from '../src/modules/duties/duties.table';
import { keyTask } from '../src/modules/key-tasks/key-tasks.table';
import { notice } from '../src/modules/notices/notices.table';
import { rectificationItem } from '../src/modules/rectification/rectification.table';
import { suggestion } from '../src/modules/suggestions/suggestions.table';
import { supervisionItem } from '../src/modules/supervision/supervision.table';
import { unit } from '../src/platform/org/org.table';
import { DENSE_MATCHES, registeredSearchSources } from '../src/platform/search/search';
import { Factories } from './factories';
import { auditRows, createTestApp, type TestApp } from './harness';

let t: TestApp;
let f: Factories;
let office: string;
let county: string;
let clerk: string;
/** Record id → the demo unit code it was made in. */
const madeIn = new Map<string, string>();
let countyUnitIds: Set<string>;
let clerkUnitId: string;

// 琥珀 (amber) appears in no demo record: every match is one of this file's.
const SENTENCE = '群众反映该单位在冬季琥珀花园小区供暖工作中推诿扯皮，多次催办仍未解决，要求尽快整改。';

async function seed() {
  const db = t.database.db;
  // Supervision items, ledger items, leads, suggestions, key tasks and notices in the county
  // (K101), in the clerk's own bureau (C007) and in another bureau (C004).
  for (const code of ['K101', 'C007', 'C004']) {
    const s = await f.supervisionItem(code);
    await db.update(supervisionItem).set({ task: SENTENCE }).where(eq(supervisionItem.id, s));
    const r = await f.rectificationItem(code);
    await db.update(rectificationItem).set({ measures: SENTENCE }).where(eq(rectificationItem.id, r));
    const g = await f.suggestion(code, 'received');
    await db.update(suggestion).set({ content: SENTENCE }).where(eq(suggestion.id, g));
    const k = await f.keyTask(code);
    await db.update(keyTask).set({ target: SENTENCE }).where(eq(keyTask.id, k));
    const n = await f.notice(code);
    await db.update(notice).set({ title: '关于琥珀花园小区供暖问题的通报' }).where(eq(notice.id, n));
    const l = await f.lead(code);
    await db.update(lead).set({ details: SENTENCE }).where(eq(lead.id, l));
    for (const id of [s, r, g, k, n, l]) madeIn.set(id, code);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
  office = await t.login('office');
  county = await t.login('county.office');
  clerk = await t.login('dept.clerk');
  await seed();
  const countyPath = (await f.unit('K100')).path;
  const inCounty = await t.database.db
    .select({ id: unit.id })
    .from(unit)
    .where(like(unit.path, `${countyPath}%`));
  countyUnitIds = new Set(inCounty.map((u) => u.id));
  clerkUnitId = await f.unitId('C007');
});
afterAll(() => t.close());

async function search(cookie: string, query: string) {
  return t.as(cookie, { method: 'GET', url: `/api/search?${query}` });
}

async function all(cookie: string, query: string, limit = 4): Promise<SearchResult[]> {
  const out: SearchResult[] = [];
  let after: string | null = null;
  do {
    const res = await search(cookie, `${query}&limit=${limit}${after ? `&after=${after}` : ''}`);
    expect(res.statusCode).toBe(200);
    out.push(...res.json().items);
    after = res.json().nextCursor;
  } while (after);
  return out;
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('staff search', () => {
  it('finds a two-character word inside a long sentence, every type the caller reads, with highlights', async () => {
    const res = await search(office, q('琥珀'));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const types = new Set(body.items.map((i: SearchResult) => i.recordType));
    expect(types).toEqual(
      new Set(['supervision_item', 'rectification_item', 'suggestion', 'key_task', 'notice', 'lead']),
    );
    expect(body.total).toBe(18);
    expect(body.totalExact).toBe(true);
    const item = body.items.find((i: SearchResult) => i.recordType === 'supervision_item') as SearchResult;
    expect(item.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['琥珀']);
    expect(item.snippet.map((s) => s.text).join('')).toContain('冬季琥珀花园小区');
    const n = body.items.find((i: SearchResult) => i.recordType === 'notice') as SearchResult;
    expect(n.title).toEqual([
      { text: '关于', match: false },
      { text: '琥珀', match: true },
      { text: '花园小区供暖问题的通报', match: false },
    ]);
    // Newest first across types.
    const ids = body.items.map((i: SearchResult) => i.id);
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it('requires every word, in its own order', async () => {
    expect((await all(office, q('琥珀 推诿扯皮'))).length).toBe(15); // notices' titles lack 推诿扯皮
    expect((await all(office, q('珀琥'))).length).toBe(0);
    expect((await all(office, q('琥珀 不存在的词'))).length).toBe(0);
  });

  it("never returns a record outside a county user's scope", async () => {
    const found = await all(county, q('琥珀'));
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) expect(countyUnitIds.has(r.unitId)).toBe(true);
    // Every K101 record of the types the county's campaign admin reads.
    const expected = [...madeIn].filter(([, code]) => code === 'K101').map(([id]) => id);
    expect(found.map((r) => r.id).sort()).toEqual(expected.sort());
  });

  it("never returns a record outside a department clerk's unit, nor a type the clerk may not read", async () => {
    const found = await all(clerk, q('琥珀'));
    for (const r of found) expect(r.unitId).toBe(clerkUnitId);
    // unit_staff reads no leads.
    expect(new Set(found.map((r) => r.recordType))).toEqual(
      new Set(['supervision_item', 'rectification_item', 'suggestion', 'key_task', 'notice']),
    );
    expect(found).toHaveLength(5);
  });

  it("never returns a lead about the caller's own unit (recusal), as the lead list keeps it out", async () => {
    // The factories' leads concern C004; an office of C004 reads C004's records, but not them.
    const account = await f.account('C004', [
      { role: 'campaign_admin', dataScope: 'self_unit', unit: 'C004' },
    ]);
    const { cookie } = await f.session(account.id);
    const found = await all(cookie, q('琥珀'));
    const c004 = [...madeIn].filter(([, code]) => code === 'C004').map(([id]) => id);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => c004.includes(r.id))).toBe(true);
    expect(found.map((r) => r.recordType)).not.toContain('lead');
    // Five of C004's six records: the lead is the one left out, by search and by the lead list.
    expect(found).toHaveLength(5);
    const leads = await t.as(cookie, { method: 'GET', url: '/api/leads' });
    expect(leads.statusCode).toBe(200);
    expect(leads.json().items.filter((l: { id: string }) => c004.includes(l.id))).toEqual([]);
  });

  it('filters by type, unit, status and date', async () => {
    const byType = await all(office, `${q('琥珀')}&type=suggestion`);
    expect(byType.map((r) => r.recordType)).toEqual(['suggestion', 'suggestion', 'suggestion']);
    const k101 = await f.unitId('K101');
    const byUnit = await all(office, `${q('琥珀')}&unitId=${k101}`);
    expect(byUnit).toHaveLength(6);
    expect(byUnit.every((r) => r.unitId === k101)).toBe(true);
    const byStatus = await all(office, `${q('琥珀')}&status=received`);
    // Suggestions and leads the factories made 'received'.
    expect(new Set(byStatus.map((r) => r.recordType))).toEqual(new Set(['suggestion', 'lead']));
    expect(byStatus).toHaveLength(6);
    const today = t.clock.now().toISOString().slice(0, 10);
    expect(await all(office, `${q('琥珀')}&from=${today}&to=${today}`)).toHaveLength(18);
    expect(await all(office, `${q('琥珀')}&to=2000-01-01`)).toHaveLength(0);
    expect(await all(office, `${q('琥珀')}&domainId=${k101}`)).toHaveLength(0);
  });

  it('reads many matches in id order (DENSE_MATCHES): the same pages, newest first', async () => {
    const made: string[] = [];
    for (let n = 0; n < DENSE_MATCHES + 30; n++) {
      const id = await f.supervisionItem(n % 2 ? 'K101' : 'C004');
      await t.database.db
        .update(supervisionItem)
        .set({ task: `第${n}项翡翠湾工程进度滞后` })
        .where(eq(supervisionItem.id, id));
      made.push(id);
    }
    const found = await all(office, q('翡翠'), 50);
    expect(found.map((r) => r.id)).toEqual([...made].sort().reverse());
    const first = await search(office, `${q('翡翠')}&type=supervision_item`);
    // Counted up to SEARCH_COUNT_CAP (= DENSE_MATCHES), then "at least".
    expect(first.json()).toMatchObject({ total: DENSE_MATCHES, totalExact: false });
    const inCounty = await all(county, q('翡翠'), 50);
    expect(inCounty.map((r) => r.id)).toEqual(
      made
        .filter((_, n) => n % 2)
        .sort()
        .reverse(),
    );
  });

  it('pages with a cursor: every match once', async () => {
    const pages = await all(office, q('琥珀'));
    expect(pages).toHaveLength(18);
    expect(new Set(pages.map((r) => r.id)).size).toBe(18);
  });

  it('audits each search: the query, the filters and the count, not the results', async () => {
    const before = (await auditRows(t.database, 'search.performed')).length;
    const res = await search(clerk, `${q('琥珀')}&type=notice`);
    expect(res.statusCode).toBe(200);
    const rows = await auditRows(t.database, 'search.performed');
    expect(rows).toHaveLength(before + 1);
    expect(rows[rows.length - 1]!.after).toEqual({
      q: '琥珀',
      filters: { type: 'notice' },
      count: 1,
      countExact: true,
    });
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['q=', 'query.q'],
      [q('琥'), 'query.q'],
      [q('琥 珀'), 'query.q'],
      [q('长'.repeat(101)), 'query.q'],
      [`${q('琥珀')}&type=person`, 'query.type'],
      [`${q('琥珀')}&from=2026-13-01`, 'query.from'],
      [`${q('琥珀')}&after=bm90LWEtY3Vyc29y`, 'query.after'],
      ['', 'query.q'],
    ];
    const before = (await auditRows(t.database, 'search.performed')).length;
    for (const [query, field] of cases) {
      const res = await search(office, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    expect(await auditRows(t.database, 'search.performed')).toHaveLength(before);
    const short = await search(office, q('琥'));
    expect(short.json().errors[0].message).toBe('请至少输入一个两个字及以上的词');
  });

  it("each source's columns are those of its table's stored pairs (migrations 0022, 0023)", async () => {
    const sources = registeredSearchSources();
    expect(sources.map((s) => s.recordType).sort()).toEqual([
      'accountability_case',
      'duty_item',
      'key_task',
      'lead',
      'notice',
      'rectification_item',
      'suggestion',
      'supervision_item',
    ]);
    for (const s of sources) {
      const [row] = (await t.database.db
        .select({
          rows: sql<number>`count(*)::int`,
          differ: sql<number>`count(*) filter (where ${searchVector(s.table)} is distinct from zeren_search_bigrams(${searchDocument(s.title, ...s.body)}))::int`,
        })
        .from(s.table)) as [{ rows: number; differ: number }];
      expect(row.rows, s.recordType).toBeGreaterThan(0);
      expect(row.differ, s.recordType).toBe(0);
    }
  });

  it('the pairs are those of the pair-by-pair definition (migration 0022 against 0033), whatever the whitespace', async () => {
    // Texts of every shape: pseudo-random (seeded) from letters, Chinese, punctuation and every kind
    // of whitespace (leading, trailing, runs, full-width, no-break), plus the short and empty ones.
    const alphabet = [
      'a',
      'B',
      '中',
      '国',
      '，',
      '。',
      '1',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\u3000',
      '\u00a0',
      '  ',
    ];
    // A 32-bit linear congruential generator in exact integer arithmetic (a plain product overflows
    // a double's 53 bits and the low bits the texts are drawn from lose their randomness); its high
    // bits, the better ones.
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    const texts = ['', ' ', 'a', '中', ' 中国 ', '\u3000中国\u3000人', SENTENCE];
    for (let i = 0; i < 400; i++)
      texts.push(Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join(''));
    const [row] = (
      (await t.database.db.execute(sql`select count(*)::int as texts,
        count(*) filter (where zeren_search_bigrams(d) is distinct from array_to_tsvector(array(
          select distinct substr(lower(d), i, 2) from generate_series(1, length(d) - 1) as i
          where substr(lower(d), i, 2) !~ '[[:space:]]')))::int as differ
        from unnest(${sql.param(texts)}::text[]) as d`)) as unknown as {
        rows: { texts: number; differ: number }[];
      }
    ).rows;
    expect(row).toEqual({ texts: texts.length, differ: 0 });
  });

  it('finds nothing for a signed-in person who reads none of the types', async () => {
    const auditor = await t.login('auditadmin');
    const res = await search(auditor, q('琥珀'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [], nextCursor: null, total: 0, totalExact: true });
  });
});

describe('accountability cases and power items', () => {
  // 玛瑙 (agate) appears in no demo record, nor in the records above.
  const FINDINGS = '经核查，该局在玛瑙街道老旧小区改造项目中存在验收把关不严、资金拨付滞后等问题，情况属实。';
  const RESPONSIBILITIES = '负责本行政区域内玛瑙街道范围城镇老旧小区改造项目的组织实施和监督管理。';
  const cases = new Map<string, string>();
  const items = new Map<string, string>();
  let republished: string;
  let superseded: string;

  const db = () => t.database.db;
  const setVersionText = (itemId: string, version: number, text: string) =>
    db()
      .update(dutyItemVersion)
      .set({ responsibilities: text })
      .where(sql`${dutyItemVersion.itemId} = ${itemId} and ${dutyItemVersion.version} = ${version}`);

  beforeAll(async () => {
    for (const code of ['K101', 'C007', 'C004']) {
      const c = await f.accountabilityCase(code);
      await db().update(accountabilityCase).set({ findings: FINDINGS }).where(eq(accountabilityCase.id, c));
      cases.set(c, code);
      const i = await f.dutyItem(code, 'published');
      await setVersionText(i, 1, RESPONSIBILITIES);
      items.set(i, code);
    }
    // Published, then a new version in the works that keeps the text: found once, as the draft.
    republished = await f.dutyItem('K101', 'published');
    await setVersionText(republished, 1, RESPONSIBILITIES);
    await addVersion(republished, 2, 'draft', RESPONSIBILITIES);
    items.set(republished, 'K101');
    // The text only in a superseded version: the item's current text lacks it, so it is not found.
    superseded = await f.dutyItem('K101', 'published');
    await setVersionText(superseded, 1, RESPONSIBILITIES);
    await db()
      .update(dutyItemVersion)
      .set({ status: 'superseded' })
      .where(eq(dutyItemVersion.itemId, superseded));
    await addVersion(superseded, 2, 'published', '负责其他事项。');
  });

  async function addVersion(itemId: string, version: number, status: 'draft' | 'published', text: string) {
    const [v1] = await db().select().from(dutyItemVersion).where(eq(dutyItemVersion.itemId, itemId));
    await db().insert(dutyItemVersion).values({
      itemId,
      unitId: v1!.unitId,
      version,
      status,
      name: v1!.name,
      responsibilities: text,
      createdAt: t.clock.now(),
      updatedAt: t.clock.now(),
    });
  }

  const madeIn = (map: Map<string, string>, ...codes: string[]) =>
    [...map].filter(([, code]) => codes.includes(code)).map(([id]) => id);

  it("finds a word inside a case's findings and an item's duties, each item once under its own id", async () => {
    const found = await all(office, q('玛瑙'));
    const byType = (type: string) => found.filter((r) => r.recordType === type);
    expect(
      byType('accountability_case')
        .map((r) => r.id)
        .sort(),
    ).toEqual([...cases.keys()].sort());
    expect(
      byType('duty_item')
        .map((r) => r.id)
        .sort(),
    ).toEqual([...items.keys()].sort());
    expect(found).toHaveLength(cases.size + items.size);
    expect(found.map((r) => r.id)).not.toContain(superseded);
    // The item in the works is found as its latest version: the draft.
    expect(found.find((r) => r.id === republished)?.status).toBe('draft');
    const c = byType('accountability_case')[0]!;
    expect(c.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['玛瑙']);
    expect(c.snippet.map((s) => s.text).join('')).toContain('该局在玛瑙街道老旧小区');
    expect(
      byType('duty_item')[0]!
        .title.map((s) => s.text)
        .join(''),
    ).toBe('测试事项');
    // Two words, each inside the sentence.
    expect(await all(office, q('玛瑙 老旧小区'))).toHaveLength(cases.size + items.size);
    expect(await all(office, `${q('玛瑙')}&type=accountability_case&status=verifying`)).toHaveLength(3);
  });

  it("never returns a case or an item outside a county user's scope", async () => {
    const found = await all(county, q('玛瑙'));
    for (const r of found) expect(countyUnitIds.has(r.unitId)).toBe(true);
    expect(found.map((r) => r.id).sort()).toEqual(
      [...madeIn(cases, 'K101'), ...madeIn(items, 'K101')].sort(),
    );
  });

  it("never returns an item outside a department clerk's unit, nor a case (the clerk reads none)", async () => {
    const found = await all(clerk, q('玛瑙'));
    expect(found.map((r) => r.id)).toEqual(madeIn(items, 'C007'));
    expect(found.every((r) => r.unitId === clerkUnitId && r.recordType === 'duty_item')).toBe(true);
  });

  it("never returns a case whose lead is about the caller's unit (recusal), as the case list keeps it out", async () => {
    // The factories' leads concern C004: C004's office reads C004's records, but not those cases.
    const account = await f.account('C004', [
      { role: 'campaign_admin', dataScope: 'self_unit', unit: 'C004' },
    ]);
    const { cookie } = await f.session(account.id);
    const found = await all(cookie, q('玛瑙'));
    expect(found.map((r) => r.id)).toEqual(madeIn(items, 'C004'));
    const listed = await t.as(cookie, { method: 'GET', url: '/api/cases' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((c: { id: string }) => c.id)).not.toContain(madeIn(cases, 'C004')[0]);
    // The office, whose unit the lead is not about, finds the case.
    expect((await all(office, q('玛瑙'))).map((r) => r.id)).toContain(madeIn(cases, 'C004')[0]);
  });
});
