import type { Database } from '../db/client';

/**
 * Scheduled work. Each job has its own advisory lock key, so that it runs once at a time across
 * every instance on one PostgreSQL database (and once at a time in this process on PGlite): a run
 * that finds the lock held is skipped, never queued. The keys beside the jobs': 7301 migrations
 * (db/client.ts), 7302–7303 the audit chain (audit.service.ts).
 */
export const JOB_LOCK_KEYS = {
  notificationDigests: 7310,
} as const;
export type JobName = keyof typeof JOB_LOCK_KEYS;

/** Runs a job now unless it is running already, here or in another instance; false when skipped. */
export function runJob(database: Database, name: JobName, work: () => Promise<void>): Promise<boolean> {
  return database.exclusive(JOB_LOCK_KEYS[name], work);
}

export interface ScheduledJob {
  name: JobName;
  /** Decides itself whether anything is due (a daily job checks its hour and what it did today). */
  run(): Promise<void>;
}

export interface Scheduler {
  /** Stops ticking and waits for a run in progress. */
  stop(): Promise<void>;
}

/** How often the scheduler looks for due work. */
export const SCHEDULER_TICK_MS = 60_000;

/**
 * Runs every job once a tick (each through `runJob`). A job's failure is logged and tried again
 * next tick; the timer does not keep the process alive.
 */
export function startScheduler(
  database: Database,
  jobs: readonly ScheduledJob[],
  log: { error(object: object, message: string): void },
  tickMs = SCHEDULER_TICK_MS,
): Scheduler {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      for (const job of jobs) {
        try {
          await runJob(database, job.name, job.run);
        } catch (error) {
          log.error({ job: job.name, error: (error as Error).message }, 'a scheduled job failed');
        }
      }
    })();
  };
  const timer = setInterval(tick, tickMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
