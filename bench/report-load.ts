/**
 * The load of the public-report benchmark, in its own process: solves one proof of work per
 * report first (as each citizen's browser would; not timed), then sends the reports — closed loop
 * (CONCURRENCY workers, as fast as the server answers) or open loop (RATE a second, whatever the
 * answers) — and prints the figures as JSON. Each report comes from its own address
 * (X-Forwarded-For, the server trusting its proxy), as citizens do.
 */
import { solveProofOfWork } from '../server/test/proof-of-work';
import { sendLoad } from './send-load';

const address = process.env.ADDRESS!;
const count = Number(process.env.COUNT ?? 1000);
const mode = process.env.MODE ?? 'closed';
const concurrency = Number(process.env.CONCURRENCY ?? 16);
const rate = Number(process.env.RATE ?? 100);
const offset = Number(process.env.OFFSET ?? 0);

const addressOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
const headers = (i: number) => ({
  'content-type': 'application/json',
  'x-requested-with': 'zeren',
  'x-forwarded-for': addressOf(offset + i + 1),
});

// ---- proofs of work, solved before the clock starts
const bodies: string[] = [];
for (let i = 0; i < count; i++) {
  const challenge = (await (
    await fetch(`${address}/api/portal/altcha-challenge`, { headers: headers(i) })
  ).json()) as Parameters<typeof solveProofOfWork>[0];
  bodies.push(
    JSON.stringify({
      anonymous: i % 2 === 0,
      ...(i % 2 === 0 ? {} : { name: `测试举报人${i}`, contact: `139${String(i).padStart(8, '0')}` }),
      unitName: '市城市管理局',
      summary: `小区门口占道经营长期无人处理（第${offset + i}件）`,
      details: '小区门口占道经营已经半年，多次反映，城管说归街道管，街道说归城管管，一直没人处理。',
      altcha: await solveProofOfWork(challenge),
    }),
  );
}

// ---- the reports
const figures = await sendLoad({
  address,
  path: '/api/portal/reports',
  requests: bodies.map((body, i) => ({ headers: headers(i), body })),
  expectStatus: 201,
  connections: concurrency,
  ...(mode === 'closed' ? {} : { rate }),
});
console.log(JSON.stringify(figures));
