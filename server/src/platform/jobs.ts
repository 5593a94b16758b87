import { sql } from 'drizzle-orm';
import { inTransaction, type ServiceContext, type TxContext } from './context';

/**
 * A job the server runs by itself: once at start, then every `everyMs`. Each run is one
 * transaction holding a transaction-level advisory lock (`lockKey`): on PostgreSQL only one
 * server instance runs a job at a time — another finds the lock taken and skips that run. A job
 * must still be safe to run twice (the next run finds nothing left to do).
 */
export interface ScheduledJob {
  name: string;
  everyMs: number;
  /** Unique per job; 7301 and 7302 are the migration and audit chain locks. */
  lockKey: number;
  /** Does the work inside the run's transaction; returns figures for the log. */
  run(tx: TxContext): Promise<Record<string, number>>;
}

/** One run of a job, as the scheduler does it: null when another instance holds its lock. */
export async function runJob(ctx: ServiceContext, job: ScheduledJob): Promise<Record<string, number> | null> {
  return inTransaction(ctx, async (tx) => {
    const result = (await tx.tx.execute(
      sql`select pg_try_advisory_xact_lock(${job.lockKey}) as locked`,
    )) as unknown as { rows: { locked: boolean }[] };
    if (!result.rows[0]?.locked) return null;
    return job.run(tx);
  });
}

/**
 * Starts the jobs: a first run now, then on their interval; a run that fails is logged and the
 * schedule goes on. Returns the function that stops them (the app calls it on close).
 */
export function startJobs(
  jobs: readonly ScheduledJob[],
  ctx: () => ServiceContext,
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void },
): () => Promise<void> {
  let stopped = false;
  const running = new Set<Promise<unknown>>();
  const timers: NodeJS.Timeout[] = [];
  const once = (job: ScheduledJob) => {
    if (stopped) return;
    const run = runJob(ctx(), job)
      .then((figures) => log.info({ job: job.name, figures, skipped: figures === null }, 'job ran'))
      .catch((error: unknown) => log.error({ job: job.name, err: error }, 'job failed'))
      .finally(() => running.delete(run));
    running.add(run);
  };
  for (const job of jobs) {
    once(job);
    const timer = setInterval(() => once(job), job.everyMs);
    timer.unref();
    timers.push(timer);
  }
  return async () => {
    stopped = true;
    for (const timer of timers) clearInterval(timer);
    await Promise.allSettled([...running]);
  };
}
