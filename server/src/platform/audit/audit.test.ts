import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  childTempDir,
  createTestApp,
  freshDatabase,
  TEST_AUDIT_KEY,
  TEST_AUDIT_SIGNING_KEY,
  type TestApp,
  templateDataDir,
  temporaryDirectory,
  testConfig,
} from '../../../test/harness';
import type { Database, Db } from '../../db/client';
import { openDatabase } from '../../db/client';
import { seedDemo } from '../../seed/demo';
import { ManualClock } from '../clock';
import { inTransaction } from '../context';
import { FieldCipher, sm3 } from '../crypto';
import { unit } from '../org/org.table';
import {
  anchorAuditChain,
  appendAtHead,
  appendAuditEvent,
  auditContent,
  auditHash,
  auditHeadRead,
  CHECKPOINT_EVERY_EVENTS,
  checkpointNow,
  GENESIS_HASH,
  LEGACY_CHAIN,
  listCheckpoints,
  parseAuditHead,
  prepareAuditEvent,
  verifyAuditChain,
} from './audit.service';
import { auditCheckpoint, auditEvent, auditHead } from './audit.table';
import { type AuditKeys, auditKeys, auditKeysOf } from './audit-keys';

let t: TestApp;
let keys: AuditKeys;
beforeAll(async () => {
  t = await createTestApp();
  keys = auditKeysOf(t.config);
});
afterAll(() => t.close());

describe('audit log', () => {
  it('chains every event to the previous one with HMAC-SM3 under the audit key, and seals the head', async () => {
    const cookie = await t.login('office');
    await t.as(cookie, { method: 'GET', url: '/api/me' });
    const rows = await t.database.db.select().from(auditEvent).orderBy(auditEvent.seq);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash) && r.chain === 2)).toBe(true);
    // Not the public algorithm: plain SM3 of the content does not give the stored hash.
    expect(sm3(auditContent(rows[0]!))).not.toBe(rows[0]!.hash);
    const [head] = await t.database.db.select().from(auditHead);
    expect(head).toMatchObject({ seq: rows.at(-1)!.seq, hash: rows.at(-1)!.hash });
    expect(await verifyAuditChain(t.database.db, keys)).toEqual({ ok: true, checked: rows.length });
    // Another key does not verify the chain.
    const other = auditKeys(Buffer.alloc(32, 1), TEST_AUDIT_SIGNING_KEY);
    expect((await verifyAuditChain(t.database.db, other)).firstBad).toMatchObject({
      seq: 1,
      reason: 'hash_mismatch',
    });
  });

  it('appends many events at once exactly as one by one: a valid chain, the head sealed, a checkpoint every 1,000', async () => {
    const [before] = await t.database.db.select().from(auditHead);
    const inputs = Array.from({ length: CHECKPOINT_EVERY_EVENTS + 200 }, (_, n) => ({
      action: 'notification.sent' as const,
      recordType: 'notification' as const,
      after: { kind: 'test.batch', recordType: 'unit', recordId: `r${n}`, recipients: [] as string[] },
    }));
    const ids = await inTransaction(t.systemContext(), (tx) => tx.auditMany(inputs));
    expect(new Set(ids).size).toBe(inputs.length);
    const rows = await t.database.db.select().from(auditEvent).orderBy(auditEvent.seq);
    const batch = rows.slice(-inputs.length);
    expect(batch.map((r) => r.id)).toEqual(ids);
    expect(batch.map((r) => (r.after as { recordId: string }).recordId)).toEqual(
      inputs.map((i) => i.after.recordId),
    );
    expect(batch[0]!.seq).toBe(before!.seq + 1);
    const [head] = await t.database.db.select().from(auditHead);
    expect(head).toMatchObject({ seq: batch.at(-1)!.seq, hash: batch.at(-1)!.hash });
    // The checkpoint the batch crossed: signed at the event 1,000 after the previous one.
    expect(head!.checkpointSeq).toBe(before!.checkpointSeq + CHECKPOINT_EVERY_EVENTS);
    const [checkpoint] = await t.database.db
      .select()
      .from(auditCheckpoint)
      .where(eq(auditCheckpoint.seq, head!.checkpointSeq));
    expect(checkpoint!.hash).toBe(rows.find((r) => r.seq === head!.checkpointSeq)!.hash);
    expect(await verifyAuditChain(t.database.db, keys)).toEqual({ ok: true, checked: rows.length });
  });

  it('appends in one statement at the head it read: the events, a crossed checkpoint and the change, or nothing when the head moved', async () => {
    const db = t.database.db;
    const readHead = async () =>
      parseAuditHead(
        ((await db.execute(sql`select ${auditHeadRead} as head`)) as unknown as { rows: { head: unknown }[] })
          .rows[0]!.head,
      )!;
    const seen = await readHead();
    const [target] = await db.select({ id: unit.id, name: unit.name }).from(unit).limit(1);
    const rename = (name: string) => (moved: SQL) =>
      sql`update ${unit} set name = ${name} where ${unit.id} = ${target!.id} and ${moved}`;
    const events = (n: number) =>
      Array.from({ length: n }, (_, k) =>
        prepareAuditEvent({
          action: 'notification.sent',
          recordType: 'notification',
          after: { kind: 'test.at_head', recordType: 'unit', recordId: `h${k}`, recipients: [] },
        }),
      );
    const actor = { userId: null, name: null, ip: null };
    // At the last checkpoint's time, so the next one is due by count alone.
    const at = seen.checkpointAt ?? new Date();
    // Enough events to cross the next checkpoint, written with the change by one statement.
    const due = CHECKPOINT_EVERY_EVENTS - (seen.seq - seen.checkpointSeq) + 5;
    const written = events(due);
    const moved = await appendAtHead(db, keys, actor, at, seen, written, [rename('一句话改名')]);
    const head = await readHead();
    // It answers the head it moved to, checkpoint included: the next batch can chain on from it.
    expect(moved).toEqual(head);
    expect(head.seq).toBe(seen.seq + due);
    expect(head.checkpointSeq).toBe(seen.checkpointSeq + CHECKPOINT_EVERY_EVENTS);
    const [checkpoint] = await db
      .select()
      .from(auditCheckpoint)
      .where(eq(auditCheckpoint.seq, head.checkpointSeq));
    const [atCheckpoint] = await db.select().from(auditEvent).where(eq(auditEvent.seq, head.checkpointSeq));
    expect(checkpoint!.hash).toBe(atCheckpoint!.hash);
    const stored = await db
      .select()
      .from(auditEvent)
      .where(sql`${auditEvent.seq} > ${seen.seq}`)
      .orderBy(auditEvent.seq);
    expect(stored.map((r) => r.id)).toEqual(written.map((e) => e.id));
    expect((await db.select({ name: unit.name }).from(unit).where(eq(unit.id, target!.id)))[0]!.name).toBe(
      '一句话改名',
    );
    expect(await verifyAuditChain(db, keys)).toMatchObject({ ok: true });
    // The head it read has moved since (its own statement moved it): nothing is written.
    const count = await auditCount(t.database);
    expect(await appendAtHead(db, keys, actor, at, seen, events(2), [rename('不应写入')])).toBeNull();
    expect(await auditCount(t.database)).toBe(count);
    expect(await readHead()).toEqual(head);
    // At the right head, a guard that does not hold writes nothing either.
    expect(
      await appendAtHead(db, keys, actor, at, head, events(2), [rename('不应写入')], sql`1 = 0`),
    ).toBeNull();
    expect(await auditCount(t.database)).toBe(count);
    expect(await readHead()).toEqual(head);
    expect((await db.select({ name: unit.name }).from(unit).where(eq(unit.id, target!.id)))[0]!.name).toBe(
      '一句话改名',
    );
    await db.update(unit).set({ name: target!.name }).where(eq(unit.id, target!.id));
    expect(await verifyAuditChain(db, keys)).toMatchObject({ ok: true });
  });

  it('writes the event in the same transaction as the change: a failure after it leaves neither', async () => {
    const before = await auditCount(t.database);
    const ctx = {
      actor: null,
      grant: null,
      db: t.database.db,
      clock: t.clock,
      cipher: new FieldCipher(t.config.fieldKey),
      auditKeys: keys,
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

  it('chains changes that commit concurrently one after another, and leaves out those rolled back', async () => {
    const [before] = await t.database.db.select().from(auditHead);
    // On PostgreSQL these run on separate connections and meet at the head's row lock.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 24 }, (_, n) =>
        inTransaction(t.systemContext(), async (tx) => {
          await tx.audit({
            action: 'notification.sent',
            recordType: 'notification',
            after: { kind: 'test.concurrent', recordType: 'unit', recordId: `c${n}`, recipients: [] },
          });
          await tx.tx.execute(sql`select pg_sleep(${(n % 4) / 200})`);
          await tx.audit({
            action: 'notification.sent',
            recordType: 'notification',
            after: { kind: 'test.concurrent', recordType: 'unit', recordId: `c${n}b`, recipients: [] },
          });
          if (n % 6 === 5) throw new Error('rolled back');
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => String(o.reason))).toEqual(
      Array(4).fill('Error: rolled back'),
    );
    const rows = await t.database.db
      .select()
      .from(auditEvent)
      .where(sql`${auditEvent.seq} > ${before!.seq}`)
      .orderBy(auditEvent.seq);
    expect(rows).toHaveLength(40);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => before!.seq + 1 + i));
    // Each change's two events stay together, in the order it wrote them.
    for (let i = 0; i < rows.length; i += 2)
      expect((rows[i + 1]!.after as { recordId: string }).recordId).toBe(
        `${(rows[i]!.after as { recordId: string }).recordId}b`,
      );
    expect((await verifyAuditChain(t.database.db, keys)).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the log and its checkpoints at the database', async () => {
    await checkpointNow(t.database.db, keys, t.clock.now());
    await expect(
      t.database.db.execute(sql`update audit_event set actor_name = 'x' where seq = 1`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_event where seq = 1`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`truncate audit_event`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_checkpoint`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`truncate audit_checkpoint`)).rejects.toThrow();
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

// ---------------------------------------------------------------- an attacker who can write the database

/** Ten events on a fresh database (a small chain to attack). */
async function tenEvents(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const fresh = await freshDatabase();
  const at = new Date('2026-06-01T08:00:00Z');
  for (let i = 1; i <= 10; i++)
    await fresh.database.db.transaction((tx) =>
      appendAuditEvent(
        tx,
        keys,
        { userId: null, name: '测试', ip: null },
        new Date(at.getTime() + i * 1000),
        {
          action: 'unit.updated',
          recordType: 'unit',
          before: {},
          after: { name: `第${i}次` },
        },
      ),
    );
  return fresh;
}

/**
 * Runs SQL as the database superuser would, with the append-only triggers out of the way: in a
 * transaction with `session_replication_role = replica` (as a restore runs; the application's
 * role may not set it, audit-database-role.test.ts). `work` gets that transaction.
 */
async function asAttacker(db: Db, work: (db: Db) => Promise<unknown>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await work(tx as unknown as Db);
  });
}

describe('zeren audit verify names the position of every kind of tampering', () => {
  const attacks: [string, (db: Db) => Promise<unknown>, { seq: number; reason: string }][] = [
    [
      'an edited payload',
      (db) => db.execute(sql`update audit_event set after = '{"name":"篡改"}'::jsonb where seq = 5`),
      { seq: 5, reason: 'hash_mismatch' },
    ],
    [
      'a deleted middle event',
      (db) => db.execute(sql`delete from audit_event where seq = 5`),
      { seq: 5, reason: 'gap' },
    ],
    [
      'a deleted last event',
      (db) => db.execute(sql`delete from audit_event where seq = 10`),
      { seq: 10, reason: 'truncated' },
    ],
    ['a truncated table', (db) => db.execute(sql`delete from audit_event`), { seq: 1, reason: 'truncated' }],
    [
      'a reordered pair',
      async (db) => {
        await db.execute(sql`update audit_event set seq = -4 where seq = 4`);
        await db.execute(sql`update audit_event set seq = 4 where seq = 5`);
        await db.execute(sql`update audit_event set seq = 5 where seq = -4`);
      },
      { seq: 4, reason: 'reordered' },
    ],
    [
      'a fully re-chained forgery made without the key (public SM3, head rewritten too)',
      async (db) => {
        const rows = await db.select().from(auditEvent).orderBy(auditEvent.seq);
        let prev = rows[3]!.hash;
        for (const row of rows.slice(4)) {
          const forged = { ...row, prevHash: prev, ...(row.seq === 5 ? { after: { name: '篡改' } } : {}) };
          // What an attacker who knows the algorithm but not the key can compute: SM3, or HMAC under a guess.
          const hash = sm3(auditContent(forged));
          await db
            .update(auditEvent)
            .set({ after: forged.after, prevHash: prev, hash })
            .where(eq(auditEvent.seq, row.seq));
          prev = hash;
        }
        await db.update(auditHead).set({ hash: prev, mac: sm3(`head|10|${prev}`) });
      },
      { seq: 5, reason: 'hash_mismatch' },
    ],
    [
      'a re-chained forgery marked as pre-keying (plain SM3) events',
      async (db) => {
        const rows = await db.select().from(auditEvent).orderBy(auditEvent.seq);
        let prev = rows[3]!.hash;
        for (const row of rows.slice(4)) {
          const forged = { ...row, prevHash: prev, chain: LEGACY_CHAIN };
          const hash = sm3(auditContent(forged));
          await db
            .update(auditEvent)
            .set({ chain: LEGACY_CHAIN, prevHash: prev, hash })
            .where(eq(auditEvent.seq, row.seq));
          prev = hash;
        }
      },
      { seq: 5, reason: 'unkeyed_after_keyed' },
    ],
    [
      'a deleted head record',
      (db) => db.execute(sql`delete from audit_head`),
      { seq: 11, reason: 'head_missing' },
    ],
  ];

  it.each(attacks)('%s', async (_name, attack, expected) => {
    const { database, drop } = await tenEvents();
    try {
      expect(await verifyAuditChain(database.db, keys)).toEqual({ ok: true, checked: 10 });
      await asAttacker(database.db, attack);
      const result = await verifyAuditChain(database.db, keys);
      expect(result.ok).toBe(false);
      expect(result.firstBad).toMatchObject(expected);
    } finally {
      await drop();
    }
  });

  it('a head replayed from an earlier state hides a truncation from the database, not from an exported checkpoint', async () => {
    const { database, drop } = await tenEvents();
    try {
      const db = database.db;
      const [earlier] = await db.select().from(auditHead);
      for (const name of ['十一', '十二'])
        await db.transaction((tx) =>
          appendAuditEvent(tx, keys, { userId: null, name: null, ip: null }, new Date(), {
            action: 'unit.updated',
            recordType: 'unit',
            before: {},
            after: { name },
          }),
        );
      await checkpointNow(db, keys, new Date());
      const exported = await listCheckpoints(db);
      expect(exported.at(-1)!.seq).toBe(12);
      // The attacker removes the last two events, the checkpoint in the database, and puts back
      // the head as it was (a sealed value they saw earlier).
      await asAttacker(db, async (tx) => {
        await tx.execute(sql`delete from audit_event where seq > 10`);
        await tx.delete(auditCheckpoint);
        await tx.update(auditHead).set({ seq: earlier!.seq, hash: earlier!.hash, mac: earlier!.mac });
      });
      expect(await verifyAuditChain(db, keys)).toEqual({ ok: true, checked: 10 });
      const withExport = await verifyAuditChain(db, keys, { external: exported });
      expect(withExport.firstBad).toMatchObject({ seq: 11, reason: 'truncated' });
      // A checkpoint whose signature was tampered with is reported too.
      const forged = [{ ...exported[0]!, seq: 9 }];
      expect((await verifyAuditChain(db, keys, { external: forged })).firstBad).toMatchObject({
        seq: 9,
        reason: 'checkpoint_signature',
      });
    } finally {
      await drop();
    }
  });

  it('an install from before keying: its SM3 chain is sealed by a keyed anchor event, then protected', async () => {
    const fresh = await freshDatabase();
    const db = fresh.database.db;
    try {
      // Three events as the previous version wrote them: plain SM3, no head.
      let prev = GENESIS_HASH;
      for (let seq = 1; seq <= 3; seq++) {
        const row = {
          id: `00000000-0000-4000-8000-00000000000${seq}`,
          seq,
          occurredAt: new Date(`2026-01-0${seq}T00:00:00.000Z`),
          actorId: null,
          actorName: '旧版本',
          action: 'unit.updated',
          recordType: 'unit',
          recordId: null,
          unitId: null,
          ip: null,
          before: null,
          after: { name: `旧${seq}` },
          prevHash: prev,
          chain: LEGACY_CHAIN,
        };
        prev = auditHash(row, keys);
        await db.insert(auditEvent).values({ ...row, hash: prev });
      }
      expect(await verifyAuditChain(db, keys)).toEqual({ ok: true, checked: 3 });
      expect(await anchorAuditChain(db, keys, new Date('2026-06-01T00:00:00Z'))).toBe(true);
      expect(await anchorAuditChain(db, keys, new Date('2026-06-01T00:00:01Z'))).toBe(false);
      const rows = await db.select().from(auditEvent).orderBy(auditEvent.seq);
      expect(rows.at(-1)).toMatchObject({ seq: 4, action: 'audit.chain_keyed', chain: 2, prevHash: prev });
      expect(rows.at(-1)!.after).toEqual({ legacySeq: 3, legacyHash: prev });
      expect((await listCheckpoints(db)).map((c) => c.seq)).toEqual([4]);
      expect(await verifyAuditChain(db, keys)).toEqual({ ok: true, checked: 4 });
      // Re-chaining the legacy events with the public algorithm no longer goes unnoticed.
      await asAttacker(db, async (tx) => {
        let p = GENESIS_HASH;
        for (const row of rows.slice(0, 3)) {
          const forged = { ...row, prevHash: p, after: row.seq === 2 ? { name: '改过' } : row.after };
          p = sm3(auditContent(forged));
          await tx
            .update(auditEvent)
            .set({ after: forged.after, prevHash: forged.prevHash, hash: p })
            .where(eq(auditEvent.seq, row.seq));
        }
      });
      expect((await verifyAuditChain(db, keys)).firstBad).toMatchObject({ seq: 4, reason: 'broken_link' });
    } finally {
      await fresh.drop();
    }
  });
});

describe('zeren audit verify and checkpoint export (the CLI, in a child process)', () => {
  const bin = join(import.meta.dirname, '../../../bin/zeren.mjs');

  it('exits 0 on an intact log, exports signed checkpoints, and exits 1 naming the position of a deletion', async () => {
    const config = testConfig();
    const dir = temporaryDirectory();
    let env: Record<string, string>;
    let attack: (work: (db: Db) => Promise<unknown>) => Promise<void>;
    let cleanup: () => Promise<void>;
    const seed = async (db: Db) => {
      await seedDemo({
        db,
        clock: new ManualClock(),
        cipher: new FieldCipher(config.fieldKey),
        auditKeys: auditKeysOf(config),
        password: 'Zeren-demo-2026',
      });
      await appendTwo(db, auditKeysOf(config));
    };
    if (process.env.DATABASE_URL) {
      const fresh = await freshDatabase();
      await seed(fresh.database.db);
      env = { DATABASE_URL: fresh.url! };
      attack = (work) => asAttacker(fresh.database.db, work);
      cleanup = fresh.drop;
    } else {
      // PGlite in a directory: one process at a time, so open, work, close around each CLI run.
      // The demo template (seeded with testConfig's keys, as `seed` above) plus the two events.
      const dataDir = join(dir.path, 'pglite');
      const database = await templateDataDir('demo', dataDir);
      await appendTwo(database.db, auditKeysOf(config));
      await database.close();
      env = { ZEREN_DATA_DIR: dir.path };
      attack = async (work) => {
        const db = await openDatabase({ dataDir });
        await asAttacker(db.db, work);
        await db.close();
      };
      cleanup = async () => {};
    }
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, 'audit', ...args], {
        env: {
          ...process.env,
          ...env,
          // The child's TypeScript loader keeps its cache in the temp folder: the run's own.
          TMPDIR: childTempDir(dir.path),
          ZEREN_SESSION_SECRET: 'x'.repeat(32),
          ZEREN_FIELD_KEY: 'ab'.repeat(32),
          ZEREN_AUDIT_KEY: TEST_AUDIT_KEY,
          ZEREN_AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
          LOG_LEVEL: 'silent',
        },
        encoding: 'utf8',
      });
    try {
      const intact = run('verify');
      expect(intact.stdout).toContain('audit log intact: 3 events verified');
      expect(intact.status).toBe(0);
      expect(run('checkpoint').stdout).toMatch(/checkpoint signed: seq=3 hash=[0-9a-f]{64}/);
      const file = join(dir.path, 'checkpoints.json');
      expect(run('checkpoint', 'export', '--out', file).status).toBe(0);
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      expect(exported.publicKey).toBe(auditKeysOf(config).publicKey);
      expect(exported.checkpoints.at(-1)).toMatchObject({ seq: 3 });

      await attack((db) => db.execute(sql`delete from audit_event where seq = 2`));
      const broken = run('verify', '--checkpoints', file);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/audit log broken at event seq=2 \(gap\): event missing \(deleted\)/);
      expect(broken.stderr).toContain('1 events before it verified');
    } finally {
      await cleanup();
      dir.remove();
    }
    // Five CLI runs, each a new Node process that opens the database: minutes on a loaded machine.
  }, 180_000);
});

async function appendTwo(db: Db, keys: AuditKeys) {
  for (const name of ['甲', '乙']) {
    await db.transaction((tx) =>
      appendAuditEvent(tx, keys, { userId: null, name: 'test', ip: null }, new Date(), {
        action: 'unit.updated',
        recordType: 'unit',
        before: {},
        after: { name },
      }),
    );
  }
}
