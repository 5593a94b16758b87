import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { currentRole, grantApplicationRole } from './db/roles';
import {
  anchorAuditChain,
  checkpointNow,
  type ExportedCheckpoint,
  listCheckpoints,
  verifyAuditChain,
} from './platform/audit/audit.service';
import { type AuditKeys, auditKeysOf } from './platform/audit/audit-keys';
import { ensureCalendarSeeded } from './platform/calendar/calendar.service';
import { systemClock } from './platform/clock';
import { FieldCipher } from './platform/crypto';
import { checkCliUser, createUserFromCli, hasAnyAccount } from './platform/org/org.bootstrap';

/**
 * The server and the demo city are imported by the commands that use them only: `zeren audit
 * verify` from a nightly job, or `zeren migrate` before a deployment, starts without loading the
 * whole application.
 */
const demoModule = () => import('./seed/demo');

const USAGE = `Usage: zeren <command>

Commands:
  serve                 run the server (migrates first; loads the demo on an empty embedded database)
  migrate               apply database migrations
  seed-demo             load the demo city and accounts (refused on a database with real data)
  user create           create an account:
                          --username NAME --name PERSON_NAME --role ROLE [--scope all|unit_tree|self_unit]
                          [--unit UNIT_CODE | --root-unit "ROOT UNIT NAME"]
                        the password is read from ZEREN_USER_PASSWORD or standard input
  audit verify          check the audit log's keyed hash chain, its sealed head and its signed
                        checkpoints; exit 1 naming the position of the first edit, deletion,
                        reordering or truncation
                          [--checkpoints FILE]  also check checkpoints exported earlier
                          [--public-key HEX]    the SM2 public key to check them with
  audit checkpoint      sign a checkpoint of the log's head now
  audit checkpoint export [--out FILE]
                        write every signed checkpoint (JSON, with the public key) to keep elsewhere
`;

/** Runs one command; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, sub] = argv;
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const keys = auditKeysOf(config);
  const open = async () => {
    const database = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
    if (config.migrationDatabaseUrl && config.databaseUrl) {
      // The application's role does not own the schema: migrate as the owner, then grant.
      const owner = await openDatabase({ url: config.migrationDatabaseUrl });
      try {
        await owner.migrate();
        await grantApplicationRole(owner.db, await currentRole(database.db));
      } finally {
        await owner.close();
      }
    } else await database.migrate();
    await ensureCalendarSeeded(database.db);
    // A log from before the chain was keyed is sealed (once) by a keyed event and a checkpoint.
    if (await anchorAuditChain(database.db, keys, systemClock.now()))
      console.log('audit log: the existing chain is now sealed by a keyed event and a signed checkpoint');
    return database;
  };

  switch (command) {
    case 'serve':
    case undefined:
      return serve(config, await open());
    case 'migrate': {
      const database = await open();
      await database.close();
      console.log(`migrations applied (${database.kind})`);
      return 0;
    }
    case 'seed-demo': {
      const database = await open();
      const { DemoRefusedError, seedDemo } = await demoModule();
      try {
        const outcome = await seedDemo({
          db: database.db,
          clock: systemClock,
          cipher: new FieldCipher(config.fieldKey),
          auditKeys: keys,
          password: config.demoPassword,
        });
        console.log(outcome === 'seeded' ? 'demo loaded' : 'demo already loaded');
        await printDemoAccounts(config.demoPassword);
        return 0;
      } catch (error) {
        if (error instanceof DemoRefusedError) {
          console.error(error.message);
          return 1;
        }
        throw error;
      } finally {
        await database.close();
      }
    }
    case 'user':
      if (sub !== 'create') break;
      return userCreate(argv.slice(2), open, keys);
    case 'audit': {
      if (sub === 'verify') return auditVerify(argv.slice(2), await open(), keys);
      if (sub === 'checkpoint') return auditCheckpoint(argv.slice(2), await open(), keys);
      break;
    }
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
  }
  console.error(USAGE);
  return 2;
}

async function serve(
  config: ReturnType<typeof loadConfig>,
  database: Awaited<ReturnType<typeof openDatabase>>,
): Promise<number> {
  if (config.loadDemo) {
    const { DemoRefusedError, seedDemo } = await demoModule();
    try {
      const outcome = await seedDemo({
        db: database.db,
        clock: systemClock,
        cipher: new FieldCipher(config.fieldKey),
        auditKeys: auditKeysOf(config),
        password: config.demoPassword,
      });
      if (outcome === 'seeded') console.log('Demo campaign loaded.');
      await printDemoAccounts(config.demoPassword);
    } catch (error) {
      if (!(error instanceof DemoRefusedError)) throw error;
    }
  }
  if (!(await hasAnyAccount(database.db))) {
    console.log(
      'No accounts yet. Create the first administrator:\n' +
        "  ZEREN_USER_PASSWORD='…' npm run zeren -- user create --username admin --name NAME --role sys_admin --root-unit 'CITY GOVERNMENT'\n" +
        'or load the demo city with ZEREN_DEMO=true.',
    );
  }
  const { buildApp } = await import('./app');
  const app = await buildApp({ config, database });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  console.log(`Zeren is running at http://localhost:${config.port} (database: ${database.kind})`);
  if (database.kind === 'pglite') {
    console.log('Embedded PGlite runs without fsync: use PostgreSQL (DATABASE_URL) in production.');
  }
  return new Promise<number>(() => {});
}

async function printDemoAccounts(password: string): Promise<void> {
  const { DEMO_ACCOUNTS } = await import('./seed/demo-data');
  console.log(`Demo accounts (password: ${password}):`);
  for (const a of DEMO_ACCOUNTS)
    console.log(`  ${a.username.padEnd(17)} ${a.roles.map((r) => `${r.role} (${r.dataScope})`).join(' + ')}`);
}

async function userCreate(
  args: string[],
  open: () => Promise<Awaited<ReturnType<typeof openDatabase>>>,
  keys: AuditKeys,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      scope: { type: 'string', default: 'all' },
      unit: { type: 'string' },
      'root-unit': { type: 'string' },
    },
  });
  const input = {
    username: values.username ?? '',
    personName: values.name ?? '',
    role: values.role ?? '',
    dataScope: values.scope ?? 'all',
    unitCode: values.unit,
    rootUnitName: values['root-unit'],
    password: process.env.ZEREN_USER_PASSWORD ?? (await readStdin()),
  };
  try {
    checkCliUser(input);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const database = await open();
  try {
    const result = await createUserFromCli(database.db, systemClock, input, keys);
    console.log(`account ${result.username} created (id ${result.id})`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await database.close();
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    console.error('Password, then Ctrl-D:');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const WHAT: Record<string, string> = {
  gap: 'event missing (deleted)',
  hash_mismatch: 'event altered (its hash does not match the audit key)',
  reordered: 'events reordered (this event carries the hash of a neighbouring position)',
  broken_link: 'event does not follow its predecessor (an earlier event was replaced)',
  unkeyed_after_keyed: 'event hashed without the audit key after the chain was keyed (rewritten)',
  truncated: 'log truncated: events from here on are missing',
  head_missing: 'the sealed head record is missing',
  head_invalid: 'the head record is forged (its seal does not match the audit key)',
  head_mismatch: 'the head record does not name the last event',
  checkpoint_signature: 'a checkpoint signature is invalid',
  checkpoint_mismatch: 'the event differs from what a signed checkpoint recorded (chain rewritten)',
};

async function auditVerify(
  args: string[],
  database: Awaited<ReturnType<typeof openDatabase>>,
  keys: AuditKeys,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { checkpoints: { type: 'string' }, 'public-key': { type: 'string' } },
  });
  try {
    const external = values.checkpoints
      ? (JSON.parse(readFileSync(values.checkpoints, 'utf8')) as { checkpoints: ExportedCheckpoint[] })
          .checkpoints
      : undefined;
    const result = await verifyAuditChain(database.db, keys, {
      ...(external ? { external } : {}),
      ...(values['public-key'] ? { publicKey: values['public-key'] } : {}),
    });
    if (result.ok) {
      console.log(`audit log intact: ${result.checked} events verified`);
      return 0;
    }
    const bad = result.firstBad!;
    console.error(
      `audit log broken at event seq=${bad.seq}${bad.id ? ` id=${bad.id}` : ''} (${bad.reason}): ${WHAT[bad.reason]}` +
        `${bad.detail ? ` — ${bad.detail}` : ''}; ${result.checked} events before it verified`,
    );
    return 1;
  } finally {
    await database.close();
  }
}

async function auditCheckpoint(
  args: string[],
  database: Awaited<ReturnType<typeof openDatabase>>,
  keys: AuditKeys,
): Promise<number> {
  try {
    if (args[0] === 'export') {
      const { values } = parseArgs({ args: args.slice(1), options: { out: { type: 'string' } } });
      const text = `${JSON.stringify(
        {
          publicKey: keys.publicKey,
          exportedAt: new Date().toISOString(),
          checkpoints: await listCheckpoints(database.db),
        },
        null,
        2,
      )}\n`;
      if (values.out) {
        writeFileSync(values.out, text, { mode: 0o600 });
        console.error(`checkpoints written to ${values.out}`);
      } else process.stdout.write(text);
      return 0;
    }
    const made = await checkpointNow(database.db, keys, systemClock.now());
    if (!made) {
      console.log('audit log is empty: nothing to sign');
      return 0;
    }
    console.log(`checkpoint signed: seq=${made.seq} hash=${made.hash}`);
    return 0;
  } finally {
    await database.close();
  }
}
