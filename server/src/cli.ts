import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { verifyAuditChain } from './platform/audit/audit.service';
import { ensureCalendarSeeded } from './platform/calendar/calendar.service';
import { systemClock } from './platform/clock';
import { FieldCipher } from './platform/crypto';
import { createUserFromCli, hasAnyAccount } from './platform/org/org.bootstrap';
import { DemoRefusedError, seedDemo } from './seed/demo';
import { DEMO_ACCOUNTS } from './seed/demo-data';

const USAGE = `Usage: zeren <command>

Commands:
  serve                 run the server (migrates first; loads the demo on an empty embedded database)
  migrate               apply database migrations
  seed-demo             load the demo city and accounts (refused on a database with real data)
  user create           create an account:
                          --username NAME --name PERSON_NAME --role ROLE [--scope all|unit_tree|self_unit]
                          [--unit UNIT_CODE | --root-unit "ROOT UNIT NAME"]
                        the password is read from ZEREN_USER_PASSWORD or standard input
  audit verify          walk the audit log's SM3 hash chain; exit 1 naming the first bad event
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
  const open = async () => {
    const database = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
    await database.migrate();
    await ensureCalendarSeeded(database.db);
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
      try {
        const outcome = await seedDemo({
          db: database.db,
          clock: systemClock,
          cipher: new FieldCipher(config.fieldKey),
          password: config.demoPassword,
        });
        console.log(outcome === 'seeded' ? 'demo loaded' : 'demo already loaded');
        printDemoAccounts(config.demoPassword);
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
      return userCreate(argv.slice(2), await open());
    case 'audit': {
      if (sub !== 'verify') break;
      const database = await open();
      const result = await verifyAuditChain(database.db);
      await database.close();
      if (result.ok) {
        console.log(`audit log intact: ${result.checked} events verified`);
        return 0;
      }
      const bad = result.firstBad!;
      console.error(
        `audit log broken at event seq=${bad.seq} id=${bad.id} (${bad.reason}); ${result.checked} events before it verified`,
      );
      return 1;
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
    try {
      const outcome = await seedDemo({
        db: database.db,
        clock: systemClock,
        cipher: new FieldCipher(config.fieldKey),
        password: config.demoPassword,
      });
      if (outcome === 'seeded') console.log('Demo campaign loaded.');
      printDemoAccounts(config.demoPassword);
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

function printDemoAccounts(password: string): void {
  console.log(`Demo accounts (password: ${password}):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(14)} ${a.role} (${a.dataScope})`);
}

async function userCreate(
  args: string[],
  database: Awaited<ReturnType<typeof openDatabase>>,
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
  const password = process.env.ZEREN_USER_PASSWORD ?? (await readStdin());
  try {
    const result = await createUserFromCli(database.db, systemClock, {
      username: values.username ?? '',
      personName: values.name ?? '',
      role: values.role ?? '',
      dataScope: values.scope ?? 'all',
      unitCode: values.unit,
      rootUnitName: values['root-unit'],
      password,
    });
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
