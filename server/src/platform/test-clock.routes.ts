import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/client';
import { shanghaiDate } from './calendar/deadline';
import type { TestClock } from './clock';
import type { ServiceContext } from './context';
import { runJob, type ScheduledJob } from './jobs';

const DAY_MS = 24 * 60 * 60 * 1000;
const advanceBody = z.object({ days: z.number().int().min(1).max(400) }).strict();

/**
 * /api/test/clock, only on a server started with ZEREN_TEST_CLOCK (which the configuration
 * refuses in production and on PostgreSQL): end-to-end tests read the server's time and move it
 * forward by whole days, after which every scheduled job runs at once — the escalation ladder
 * reaches the steps the new date calls for without waiting for its next run. Not in the API
 * description: no client but a test may know it.
 */
export function testClockRoutes(
  app: FastifyInstance,
  clock: TestClock,
  database: Database,
  jobs: readonly ScheduledJob[],
  jobContext: () => ServiceContext,
): void {
  const view = () => {
    const now = clock.now();
    return { now: now.toISOString(), today: shanghaiDate(now), offsetDays: clock.offset / DAY_MS };
  };
  const config = { access: { signedIn: true as const } };
  app.get('/api/test/clock', { config, schema: { hide: true } }, async () => view());
  app.post('/api/test/clock', { config, schema: { hide: true, body: advanceBody } }, async (request) => {
    const { days } = request.body as z.infer<typeof advanceBody>;
    clock.advance(days * DAY_MS);
    request.log.warn({ days, offsetDays: clock.offset / DAY_MS }, 'test clock moved forward');
    const figures: Record<string, Record<string, number> | null> = {};
    for (const job of jobs) figures[job.name] = await runJob(database, jobContext(), job);
    return { ...view(), jobs: figures };
  });
}
