import type { Database } from '../db/client';
import type { ServiceContext } from './context';

/**
 * Scheduled work: a module (ServerModule.jobs) or the platform (the notification digests)
 * declares a job; the app runs each once at start and then every `everyMs`. A run holds the
 * job's advisory lock (Database.exclusive): on one PostgreSQL database only one instance runs a
 * job at a time — another finds the lock held and skips that run, never queues it — and on PGlite
 * one run at a time in the process. The job opens its own transactions: one that sends mail or
 * calls a robot must not hold a transaction while it waits. A job must still be safe to run
 * twice (the next run finds nothing left to do). Lock keys beside the jobs': 7301 migrations
 * (db/client.ts), 7302–7303 the audit chain (audit.service.ts).
 */
export interface ScheduledJob {
  name: string;
  everyMs: number;
  /** Unique among jobs, from 7310. */
  lockKey: number;
  /** The work, as the system (no actor); figures for the log. */
  run(ctx: ServiceContext): Promise<Record<string, number> | undefined>;
  /** Releases what the job holds (an SMTP connection pool) when the server stops. */
  close?(): Promise<void>;
}

/** One run of a job, as the scheduler does it: its figures, or null when it ran elsewhere already. */
export async function runJob(
  database: Database,
  ctx: ServiceContext,
  job: ScheduledJob,
): Promise<Record<string, number> | null> {
  let figures: Record<string, number> | undefined;
  const ran = await database.exclusive(job.lockKey, async () => {
    figures = await job.run(ctx);
  });
  return ran ? (figures ?? {}) : null;
}

/**
 * Starts the jobs: a first run now, then on their interval; a run that fails is logged and the
 * schedule goes on. Returns the function that stops them (and waits for runs in progress).
 */
export function startJobs(
  database: Database,
  jobs: readonly ScheduledJob[],
  ctx: () => ServiceContext,
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void },
): () => Promise<void> {
  let stopped = false;
  const running = new Set<Promise<unknown>>();
  const timers: NodeJS.Timeout[] = [];
  const once = (job: ScheduledJob) => {
    if (stopped) return;
    const run = runJob(database, ctx(), job)
      .then((figures) => {
        if (figures && Object.values(figures).some((n) => n > 0))
          log.info({ job: job.name, figures }, 'job ran');
      })
      .catch((error: unknown) => log.error({ job: job.name, err: error }, 'a scheduled job failed'))
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
    for (const job of jobs) await job.close?.();
  };
}
