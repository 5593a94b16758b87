import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, OWN_PAGE_HEADERS, type TestApp } from '../../../test/harness';
import { solveProofOfWork } from '../../../test/proof-of-work';
import { violatedConstraint } from '../../db/errors';
import { FieldCipher } from '../../platform/crypto';
import { proofOfWorkUsed } from '../../platform/proof-of-work.table';
import { newReceiptCode, receiptLookupKey } from './accountability.rules';
import { accountabilitySettings, lead, publicReport } from './accountability.table';

/** Receipt codes the intake draws next, in order (then random ones). */
const drawn: string[] = [];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ receiptCodes: () => drawn.shift() ?? newReceiptCode() });
  t.clock.set(new Date('2026-06-01T02:00:00Z'));
});
afterAll(() => t.close());

let citizens = 0;
async function report(summary: string) {
  const challenge = (await t.app.inject({ method: 'GET', url: '/api/portal/altcha-challenge' })).json();
  const altcha = await solveProofOfWork(challenge);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/portal/reports',
    headers: OWN_PAGE_HEADERS,
    remoteAddress: `198.51.100.${++citizens}`,
    payload: {
      anonymous: true,
      unitName: '市教育局',
      summary,
      details: '窗口工作人员长期推诿，群众多次反映无人答复。',
      altcha,
    },
  });
  return {
    res,
    salt: JSON.parse(Buffer.from(altcha, 'base64').toString()).challenge.parameters.salt as string,
  };
}

const reportsWithKey = (key: string) =>
  t.database.db
    .select({ summary: lead.summary })
    .from(publicReport)
    .innerJoin(lead, eq(lead.id, publicReport.leadId))
    .where(eq(publicReport.lookupKey, key));

/** The lookup key the intake stores for a receipt code (under the test app's field key). */
const lookupKeyOf = (code: string) => receiptLookupKey(new FieldCipher(t.config.fieldKey), code);

describe('receipt codes whose lookup key another report holds', () => {
  it('draws a new code when the lookup key is held by a filed report: filed once, its proof used once', async () => {
    // The same code twice is the one way a test can make two keys meet (a keyed digest's 40 bits).
    drawn.push('11111111000000000001');
    expect((await report('第一份举报：收费不公示')).res.statusCode).toBe(201);

    drawn.push('11111111000000000001', '22222222000000000002');
    const { res, salt } = await report('第二份举报：办事推诿');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().receiptCode).toBe('22222222000000000002');
    expect(await reportsWithKey(lookupKeyOf('11111111000000000001'))).toEqual([
      { summary: '第一份举报：收费不公示' },
    ]);
    expect(await reportsWithKey(lookupKeyOf('22222222000000000002'))).toEqual([
      { summary: '第二份举报：办事推诿' },
    ]);
    const filed = await t.database.db.select().from(lead).where(eq(lead.summary, '第二份举报：办事推诿'));
    expect(filed).toHaveLength(1);
    expect(
      await t.database.db.select().from(proofOfWorkUsed).where(eq(proofOfWorkUsed.salt, salt)),
    ).toHaveLength(1);
    const status = await t.app.inject({
      method: 'POST',
      url: '/api/portal/reports/status',
      headers: OWN_PAGE_HEADERS,
      payload: { receiptCode: '22222222000000000002' },
    });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json().summary).toBe('第二份举报：办事推诿');
  });

  it('four taken keys in a row are not chance: 503 REPORT_NOT_FILED, nothing filed, the proof of work kept', async () => {
    drawn.push(
      '11111111000000000001',
      '11111111000000000001',
      '22222222000000000002',
      '11111111000000000001',
    );
    const { res, salt } = await report('连续四次撞码的举报');
    expect(res.statusCode, res.body).toBe(503);
    expect(res.json().code).toBe('REPORT_NOT_FILED');
    // Said as a report not filed, not as the imports' "busy with other imports".
    expect(res.json().title).toBe('举报暂未登记成功，填写的内容仍在，请稍后重新提交');
    expect(res.headers['retry-after']).toBe('10');
    expect(drawn).toEqual([]);
    expect(await t.database.db.select().from(lead).where(eq(lead.summary, '连续四次撞码的举报'))).toEqual([]);
    expect(await t.database.db.select().from(proofOfWorkUsed).where(eq(proofOfWorkUsed.salt, salt))).toEqual(
      [],
    );
  });

  it('two reports at once drawing the same lookup key: both filed, under different keys', async () => {
    drawn.push('33333333000000000003', '33333333000000000003', '44444444000000000004');
    const [a, b] = await Promise.all([report('同时举报甲'), report('同时举报乙')]);
    expect([a.res.statusCode, b.res.statusCode]).toEqual([201, 201]);
    const codes = [a.res.json().receiptCode, b.res.json().receiptCode].sort();
    expect(codes).toEqual(['33333333000000000003', '44444444000000000004']);
    expect(await reportsWithKey(lookupKeyOf('33333333000000000003'))).toHaveLength(1);
    expect(await reportsWithKey(lookupKeyOf('44444444000000000004'))).toHaveLength(1);
  });

  it('a receipt issued before the keyed lookup (its first 8 digits the key, a 4 MiB hash) still opens its report', async () => {
    const code = '55555555000000000005';
    expect((await report('旧回执的举报')).res.statusCode).toBe(201);
    const [filed] = await t.database.db
      .select({ leadId: lead.id })
      .from(lead)
      .where(eq(lead.summary, '旧回执的举报'));
    // As the intake stored receipts until the ninth session.
    await t.database.db
      .update(publicReport)
      .set({
        lookupKey: code.slice(0, 8),
        codeHash: await hash(code, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 }),
      })
      .where(eq(publicReport.leadId, filed!.leadId));
    const status = (receiptCode: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/portal/reports/status',
        headers: OWN_PAGE_HEADERS,
        payload: { receiptCode },
      });
    const res = await status(code);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().summary).toBe('旧回执的举报');
    // The same first 8 digits are not enough.
    expect((await status('55555555000000000006')).json().code).toBe('RECEIPT_NOT_FOUND');
  });

  it('the unique index a racing instance meets is the one the intake recognises', async () => {
    const [one] = await t.database.db.select().from(publicReport).limit(1);
    const error = await t.database.db
      .insert(publicReport)
      .values({ ...one!, leadId: (await t.database.db.select({ id: lead.id }).from(lead).limit(1))[0]!.id })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(violatedConstraint(error)).toBe('public_report_lookup_uq');
  });

  it('a deadline changed by another instance reaches the reports within two seconds and one read', async () => {
    const dueOf = async (summary: string) =>
      (await t.database.db.select({ dueDate: lead.dueDate }).from(lead).where(eq(lead.summary, summary)))[0]!
        .dueDate;
    // A new day: the target is read before filing, so the one kept is this moment's (its age is
    // counted on the app's clock, which this test moves).
    t.clock.advance(24 * 3_600_000);
    expect((await report('期限变更前')).res.statusCode).toBe(201);
    const before = await dueOf('期限变更前');
    // Another instance's settings change: this one's kept target is not emptied.
    const [settings] = await t.database.db.select().from(accountabilitySettings);
    await t.database.db
      .update(accountabilitySettings)
      .set({ deadlines: { ...settings!.deadlines, public_report: 40 } })
      .where(eq(accountabilitySettings.campaignId, settings!.campaignId));
    expect((await report('期限变更后，两秒内')).res.statusCode).toBe(201);
    expect(await dueOf('期限变更后，两秒内')).toBe(before);
    t.clock.advance(2_100);
    // Older than two seconds: this report goes on with the kept target while it is read again.
    expect((await report('期限变更后，读取中')).res.statusCode).toBe(201);
    expect(await dueOf('期限变更后，读取中')).toBe(before);
    let later = before;
    for (let i = 0; i < 50 && later === before; i++) {
      expect((await report(`期限变更后，第${i}份`)).res.statusCode).toBe(201);
      later = await dueOf(`期限变更后，第${i}份`);
    }
    expect(later > before).toBe(true);
  });
});
