import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, freshDatabase, type TestApp, testConfig } from '../../../test/harness';
import type { Db } from '../../db/client';
import { openDatabase } from '../../db/client';
import { seedDemo } from '../../seed/demo';
import { ManualClock } from '../clock';
import { inTransaction } from '../context';
import { FieldCipher } from '../crypto';
import { unit } from '../org/org.table';
import { appendAuditEvent, GENESIS_HASH, verifyAuditChain } from './audit.service';
import { auditEvent } from './audit.table';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit log', () => {
  it('chains every event to the previous one by SM3', async () => {
    const cookie = await t.login('office');
    await t.as(cookie, { method: 'GET', url: '/api/me' });
    const rows = await t.database.db.select().from(auditEvent).orderBy(auditEvent.seq);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, checked: rows.length });
  });

  it('writes the event in the same transaction as the change: a failure after it leaves neither', async () => {
    const before = await auditCount(t.database);
    const ctx = {
      actor: null,
      grant: null,
      db: t.database.db,
      clock: t.clock,
      cipher: new FieldCipher(t.config.fieldKey),
      locale: 'zh-CN' as const,
      ip: null,
    };
    await expect(
      inTransaction(ctx, async (tx) => {
        await tx.tx.update(unit).set({ name: '改名后' }).where(eq(unit.code, 'C003'));
        await tx.audit({
          action: 'unit.updated',
          recordType: 'unit',
          before: { name: '市扶贫办' },
          after: { name: '改名后' },
        });
        throw new Error('fails after the audit event was written');
      }),
    ).rejects.toThrow('fails after');
    expect(await auditCount(t.database)).toBe(before);
    const [row] = await t.database.db.select().from(unit).where(eq(unit.code, 'C003'));
    expect(row!.name).toBe('市扶贫办');
  });

  it('refuses UPDATE and DELETE on the log at the database', async () => {
    await expect(
      t.database.db.execute(sql`update audit_event set actor_name = 'x' where seq = 1`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_event where seq = 1`)).rejects.toThrow();
  });

  it('audit_admin lists and filters events, and the viewing is itself logged', async () => {
    const cookie = await t.login('auditadmin');
    const res = await t.as(cookie, { method: 'GET', url: '/api/audit-events?action=auth.login&limit=2' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(2);
    expect(body.items.every((e: { action: string }) => e.action === 'auth.login')).toBe(true);
    expect(body.nextBeforeSeq).toBe(body.items[1].seq);
    const next = await t.as(cookie, {
      method: 'GET',
      url: `/api/audit-events?action=auth.login&beforeSeq=${body.nextBeforeSeq}`,
    });
    expect(next.json().items.every((e: { seq: number }) => e.seq < body.nextBeforeSeq)).toBe(true);
    const viewed = await t.database.db.select().from(auditEvent).where(eq(auditEvent.action, 'audit.viewed'));
    expect(viewed.length).toBeGreaterThanOrEqual(2);
    const verify = await t.as(cookie, { method: 'POST', url: '/api/audit-events/verify' });
    expect(verify.json().ok).toBe(true);
  });
});

describe('zeren audit verify (the CLI, in a child process)', () => {
  const bin = join(import.meta.dirname, '../../../bin/zeren.mjs');

  it('exits 0 on an intact log and 1 naming the first altered event', async () => {
    const config = testConfig();
    let env: Record<string, string>;
    let alter: (seq: number) => Promise<void>;
    let cleanup: () => Promise<void>;
    if (process.env.DATABASE_URL) {
      const fresh = await freshDatabase();
      await seedDemo({
        db: fresh.database.db,
        clock: new ManualClock(),
        cipher: new FieldCipher(config.fieldKey),
        password: 'Zeren-demo-2026',
      });
      await appendTwo(fresh.database.db);
      env = { DATABASE_URL: fresh.url! };
      alter = async (seq) => {
        await fresh.database.db.execute(sql`alter table audit_event disable trigger audit_event_no_update`);
        await fresh.database.db.execute(sql`update audit_event set actor_name = 'forged' where seq = ${seq}`);
        await fresh.database.db.execute(sql`alter table audit_event enable trigger audit_event_no_update`);
      };
      cleanup = fresh.drop;
    } else {
      // PGlite in a directory: one process at a time, so open, work, close around each CLI run.
      const dataDir = join(config.dataDir, 'pglite');
      const database = await openDatabase({ dataDir });
      await database.migrate();
      await seedDemo({
        db: database.db,
        clock: new ManualClock(),
        cipher: new FieldCipher(config.fieldKey),
        password: 'Zeren-demo-2026',
      });
      await appendTwo(database.db);
      await database.close();
      env = { ZEREN_DATA_DIR: config.dataDir };
      alter = async (seq) => {
        const db = await openDatabase({ dataDir });
        await db.db.execute(sql`alter table audit_event disable trigger audit_event_no_update`);
        await db.db.execute(sql`update audit_event set actor_name = 'forged' where seq = ${seq}`);
        await db.close();
      };
      cleanup = async () => {};
    }
    const run = () =>
      spawnSync(process.execPath, [bin, 'audit', 'verify'], {
        env: {
          ...process.env,
          ...env,
          ZEREN_SESSION_SECRET: 'x'.repeat(32),
          ZEREN_FIELD_KEY: 'ab'.repeat(32),
          LOG_LEVEL: 'silent',
        },
        encoding: 'utf8',
      });
    const intact = run();
    expect(intact.stdout).toContain('audit log intact: 3 events verified');
    expect(intact.status).toBe(0);

    await alter(2);
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(
      /audit log broken at event seq=2 id=[0-9a-f-]{36} \(hash_mismatch\); 1 events before it verified/,
    );
    await cleanup();
  });
});

async function appendTwo(db: Db) {
  for (const name of ['甲', '乙']) {
    await db.transaction((tx) =>
      appendAuditEvent(tx, { userId: null, name: 'test', ip: null }, new Date(), {
        action: 'unit.updated',
        recordType: 'unit',
        before: {},
        after: { name },
      }),
    );
  }
}
