import type { OpenDataCatalogue, OpenDataset, PublicProgress } from '@zeren/contracts';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { auditCount, createTestApp, type TestApp } from '../../../test/harness';
import { FieldCipher } from '../../platform/crypto';
import { person } from '../../platform/org/org.table';
import { dutyItem } from '../duties/duties.table';
import { evaluationResult, evaluationRound } from '../evaluation/evaluation.table';
import { notice } from '../notices/notices.table';
import { spotCheckPlan } from '../spot-checks/spot-checks.table';
import { commitment, dutyStatement } from '../statements/statements.table';
import { suggestion } from '../suggestions/suggestions.table';

let t: TestApp;
let f: Factories;
const made = { published: new Map<string, string[]>(), unpublished: new Map<string, string[]>() };
const PRIVATE_NAME = '隐私测试人甲';
const PRIVATE_PHONE = '13912345678';

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
const note = (kind: 'published' | 'unpublished', dataset: string, id: string) =>
  made[kind].set(dataset, [...(made[kind].get(dataset) ?? []), id]);

/** Issues a notice the factory made: a number and a time, public or internal. */
async function issue(id: string, visibility: 'public' | 'internal') {
  await t.database.db
    .update(notice)
    .set({
      status: 'issued',
      visibility,
      documentNumber: `测试〔2026〕${id.slice(-4)}号`,
      issuedAt: t.clock.now(),
    })
    .where(eq(notice.id, id));
}

beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
  // Published and unpublished records of every dataset, beside the demo city's.
  note('published', 'duty-items', await f.dutyItem('K101', 'published'));
  for (const s of ['draft', 'submitted', 'returned'] as const)
    note('unpublished', 'duty-items', await f.dutyItem('K101', s));

  note('published', 'suggestions', await f.suggestion('K101', 'published'));
  for (const s of ['received', 'answered', 'closed'] as const)
    note('unpublished', 'suggestions', await f.suggestion('K101', s));
  // A published suggestion whose submitter left a name and contact: neither may ever show.
  const cipher = new FieldCipher(t.config.fieldKey);
  const withSubmitter = await f.suggestion('K101', 'published');
  await t.database.db
    .update(suggestion)
    .set({
      submitterNameEnc: cipher.encrypt(PRIVATE_NAME),
      submitterContactEnc: cipher.encrypt(PRIVATE_PHONE),
    })
    .where(eq(suggestion.id, withSubmitter));
  note('published', 'suggestions', withSubmitter);
  // A person in the database, named responsible for a published commitment (shown on the portal's
  // page of its statement, never in a download).
  const privatePerson = await f.person('K101', PRIVATE_NAME);

  const issuedPublic = await f.notice('C001');
  await issue(issuedPublic, 'public');
  note('published', 'notices', issuedPublic);
  const issuedInternal = await f.notice('C001');
  await issue(issuedInternal, 'internal');
  note('unpublished', 'notices', issuedInternal);
  const draftPublic = await f.notice('C001');
  await t.database.db.update(notice).set({ visibility: 'public' }).where(eq(notice.id, draftPublic));
  note('unpublished', 'notices', draftPublic);

  const publishedCommitment = await f.commitment('K101', 'published');
  note('published', 'commitments', publishedCommitment);
  await t.database.db
    .update(commitment)
    .set({ responsiblePersonId: privatePerson })
    .where(eq(commitment.id, publishedCommitment));
  note('unpublished', 'commitments', await f.commitment('K101', 'draft'));
  note('unpublished', 'commitments', await f.commitment('K101', 'approved'));
  const [c] = await t.database.db
    .select({ statementId: commitment.statementId })
    .from(commitment)
    .where(eq(commitment.id, publishedCommitment));
  note('published', 'duty-statements', c!.statementId);
  note('unpublished', 'duty-statements', await f.dutyStatement('K101', 'draft'));
  note('unpublished', 'duty-statements', await f.dutyStatement('K101', 'approved'));
});
afterAll(() => t.close());

async function catalogue(): Promise<OpenDataCatalogue> {
  const res = await get('/api/portal/open-data');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function jsonRows(id: string): Promise<Record<string, unknown>[]> {
  const res = await get(`/api/portal/open-data/${id}.json`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** RFC 4180 parsing, as a spreadsheet reads the file: quoted cells may hold commas, quotes, line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

describe('the catalogue', () => {
  it('lists every dataset with its fields in both languages, row counts and stable URLs', async () => {
    const before = await auditCount(t.database);
    const { datasets } = await catalogue();
    expect(datasets.map((d) => d.id).sort()).toEqual(
      [
        'campaign-progress',
        'commitments',
        'duty-items',
        'duty-statements',
        'evaluation-results',
        'notices',
        'spot-check-results',
        'suggestions',
      ].sort(),
    );
    for (const d of datasets) {
      expect(d.title['zh-CN'] && d.title['en-US'], d.id).toBeTruthy();
      expect(d.description['zh-CN'] && d.description['en-US'], d.id).toBeTruthy();
      expect(d.csvUrl).toBe(`/api/portal/open-data/${d.id}.csv`);
      expect(d.jsonUrl).toBe(`/api/portal/open-data/${d.id}.json`);
      expect(new Set(d.fields.map((x) => x.name)).size, d.id).toBe(d.fields.length);
      for (const field of d.fields)
        expect(field.description['zh-CN'] && field.description['en-US']).toBeTruthy();
    }
    // Public reads of public data: nothing audited.
    expect(await auditCount(t.database)).toBe(before);
  });

  it("answers 200 at every dataset's URLs, with the catalogue's row count in both formats", async () => {
    for (const d of (await catalogue()).datasets) {
      const csv = await get(d.csvUrl);
      expect(csv.statusCode, d.id).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['cache-control']).toBe('public, max-age=300');
      expect(csv.headers.etag).toMatch(/^".+-csv"$/);
      // UTF-8 with a byte-order mark, so Excel reads the Chinese.
      expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parseCsv(csv.rawPayload.toString('utf8').slice(1));
      expect(header).toEqual(d.fields.map((x) => x.name));
      const json = await get(d.jsonUrl);
      expect(json.statusCode, d.id).toBe(200);
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
      const objects = json.json() as Record<string, unknown>[];
      expect(rows.length, d.id).toBe(objects.length);
      expect(objects.length, d.id).toBe(d.rowCount);
      // The same cells: each JSON value as its CSV cell (null empty, text possibly guarded).
      objects.forEach((o, i) => {
        expect(Object.keys(o)).toEqual(header);
        header!.forEach((name, j) => {
          const v = o[name];
          const cell = rows[i]![j]!;
          if (v === null) expect(cell).toBe('');
          else if (typeof v === 'string') expect([v, `'${v}`]).toContain(cell);
          else expect(cell).toBe(String(v));
        });
      });
    }
  });

  it('answers 304 to a current ETag and the full body to a stale one', async () => {
    const first = await get('/api/portal/open-data/duty-items.json');
    const etag = first.headers.etag as string;
    const again = await get('/api/portal/open-data/duty-items.json', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const stale = await get('/api/portal/open-data/duty-items.json', { 'if-none-match': '"stale"' });
    expect(stale.statusCode).toBe(200);
    expect(stale.json()).toEqual(first.json());
    // The CSV of the same rows has a tag of its own.
    const csv = await get('/api/portal/open-data/duty-items.csv', { 'if-none-match': etag });
    expect(csv.statusCode).toBe(200);
  });

  it('answers 404 to an unknown dataset and 400 naming the field to a malformed one, never 5xx', async () => {
    for (const url of ['/api/portal/open-data/nothing-here.csv', '/api/portal/open-data/nothing-here.json']) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const bad = await get('/api/portal/open-data/..%2Fetc.csv');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['params.dataset']);
    for (const url of [
      '/api/portal/open-data/DUTY-ITEMS.json',
      `/api/portal/open-data/${'a'.repeat(300)}.csv`,
      '/api/portal/open-data/%00.json',
      '/api/portal/open-data/duty-items.xlsx',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, url).toBeLessThan(500);
    }
  });
});

describe('published records only', () => {
  it('holds the records the factories published and none they did not', async () => {
    for (const [dataset, ids] of made.published) {
      const rows = await jsonRows(dataset);
      const key = dataset === 'spot-check-results' ? 'planId' : 'id';
      const seen = new Set(rows.map((r) => r[key]));
      for (const id of ids) expect(seen.has(id), `${dataset} ${id}`).toBe(true);
      for (const id of made.unpublished.get(dataset) ?? [])
        expect(seen.has(id), `${dataset} ${id}`).toBe(false);
    }
  });

  it("equals each module's published rows in the database", async () => {
    const db = t.database.db;
    const ids = async (dataset: string, key = 'id') => (await jsonRows(dataset)).map((r) => r[key]).sort();
    const sorted = (rows: { id: string }[]) => [...new Set(rows.map((r) => r.id))].sort();

    expect(await ids('duty-items')).toEqual(
      sorted(await db.select({ id: dutyItem.id }).from(dutyItem).where(isNotNull(dutyItem.publishedVersion))),
    );
    expect(await ids('suggestions')).toEqual(
      sorted(await db.select({ id: suggestion.id }).from(suggestion).where(eq(suggestion.isPublic, true))),
    );
    expect(await ids('notices')).toEqual(
      sorted(
        await db
          .select({ id: notice.id })
          .from(notice)
          .where(and(eq(notice.status, 'issued'), eq(notice.visibility, 'public'))),
      ),
    );
    expect(await ids('duty-statements')).toEqual(
      sorted(
        await db
          .select({ id: dutyStatement.id })
          .from(dutyStatement)
          .where(eq(dutyStatement.status, 'published')),
      ),
    );
    expect(await ids('commitments')).toEqual(
      sorted(
        await db
          .select({ id: commitment.id })
          .from(commitment)
          .innerJoin(dutyStatement, eq(dutyStatement.id, commitment.statementId))
          .where(eq(dutyStatement.status, 'published')),
      ),
    );
    expect([...new Set(await ids('spot-check-results', 'planId'))]).toEqual(
      sorted(
        await db
          .select({ id: spotCheckPlan.id })
          .from(spotCheckPlan)
          .where(and(eq(spotCheckPlan.status, 'published'), isNotNull(spotCheckPlan.publishedAt))),
      ),
    );
    // A row per stored result of a published round (an approved one's results stay inside).
    const results = await db
      .select({ id: evaluationResult.roundId, unitId: evaluationResult.unitId })
      .from(evaluationResult)
      .innerJoin(evaluationRound, eq(evaluationRound.id, evaluationResult.roundId))
      .where(eq(evaluationRound.status, 'published'));
    const evaluation = await jsonRows('evaluation-results');
    expect(evaluation).toHaveLength(results.length);
    expect([...new Set(evaluation.map((r) => r.roundId))].sort()).toEqual(sorted(results));
    // The demo city publishes some of each, so the comparisons above compare something.
    for (const d of [
      'duty-items',
      'suggestions',
      'notices',
      'commitments',
      'spot-check-results',
      'evaluation-results',
    ])
      expect((await jsonRows(d)).length, d).toBeGreaterThan(0);
  });
});

describe('no personal data', () => {
  /** Field names that would carry a person: their name, contact, identity or what they did. */
  const DENIED =
    /phone|mobile|tel|mail|contact|submitter|reporter|person|nominee|inspector|signed|responsible|display|id(card|number)|address|tracking|ip$|password|birth|gender/i;
  /** The names a field may carry: of units, campaigns, domains and plans, never of a person. */
  const NAMES = new Set(['unitName', 'targetUnitName', 'organiserName', 'name']);

  it('declares no personal-data field in any dataset', async () => {
    for (const d of (await catalogue()).datasets)
      for (const field of d.fields) {
        expect(DENIED.test(field.name), `${d.id}.${field.name}`).toBe(false);
        if (/name/i.test(field.name)) expect(NAMES.has(field.name), `${d.id}.${field.name}`).toBe(true);
      }
  });

  it("holds no person's name, phone number or e-mail address in any value", async () => {
    const names = new Set(
      (await t.database.db.select({ name: person.name }).from(person))
        .map((p) => p.name)
        .filter((n) => n.length >= 2),
    );
    expect(names.has(PRIVATE_NAME)).toBe(true);
    const datasets: OpenDataset[] = (await catalogue()).datasets;
    for (const d of datasets) {
      // Record ids are random hex: one may hold eleven digits that look like a phone number.
      const text = (await get(d.csvUrl)).rawPayload
        .toString('utf8')
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
      expect(text, d.id).not.toContain(PRIVATE_NAME);
      expect(text, d.id).not.toContain(PRIVATE_PHONE);
      expect(text, d.id).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
      expect(text, d.id).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      for (const row of await jsonRows(d.id))
        for (const [key, value] of Object.entries(row))
          if (typeof value === 'string') expect(names.has(value), `${d.id}.${key} = ${value}`).toBe(false);
    }
  });
});

describe('public figures', () => {
  it('counts published records only, per domain and per unit, with the overdue counters', async () => {
    const res = await get('/api/portal/progress');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const p: PublicProgress = res.json();
    const commitments = await jsonRows('commitments');
    const suggestions = await jsonRows('suggestions');
    expect(p.suggestions.published).toBe(suggestions.length);
    expect(p.suggestions.answered).toBe(suggestions.filter((s) => s.answer !== null).length);
    expect(Object.values(p.commitments).reduce((a, b) => a + b, 0)).toBe(commitments.length);
    expect(p.commitments.overdue).toBe(commitments.filter((c) => c.status === 'overdue').length);
    // The factories' published commitment was due 2026-07-01 and is unfulfilled: overdue today.
    expect(p.commitments.overdue).toBeGreaterThan(0);
    for (const u of p.units) {
      const own = commitments.filter((c) => c.unitName === u.unitName);
      expect(u.commitments, u.unitName).toBe(own.length);
      expect(u.overdue, u.unitName).toBe(own.filter((c) => c.status === 'overdue').length);
    }
    expect(p.units.map((u) => u.overdue)).toEqual([...p.units.map((u) => u.overdue)].sort((a, b) => b - a));
    expect(p.domains.reduce((a, d) => a + d.suggestions, 0)).toBe(p.suggestions.published);
    expect(p.campaign?.phases.length).toBeGreaterThan(0);
    const catalogueCounts = new Map((await catalogue()).datasets.map((d) => [d.id, d.rowCount]));
    for (const d of p.datasets) expect(d.rowCount, d.id).toBe(catalogueCounts.get(d.id));

    // The dataset of the figures says the same.
    const rows = await jsonRows('campaign-progress');
    const total = rows.find((r) => r.level === 'total')!;
    expect(total.suggestions).toBe(p.suggestions.published);
    expect(total.commitmentsOverdue).toBe(p.commitments.overdue);
    expect(rows.filter((r) => r.level === 'unit')).toHaveLength(p.units.length);
  });
});
