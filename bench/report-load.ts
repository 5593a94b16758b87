/**
 * The load of the public-report benchmark, in its own process: solves one proof of work per
 * report first (as each citizen's browser would; not timed), then sends the reports — closed loop
 * (CONCURRENCY workers, as fast as the server answers) or open loop (RATE a second, whatever the
 * answers) — and prints the figures as JSON. Each report comes from its own address
 * (X-Forwarded-For, the server trusting its proxy), as citizens do.
 */
import { solveProofOfWork } from '../server/test/proof-of-work';

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
const latencies: number[] = [];
let failures = 0;
let firstFailure = '';
async function send(i: number) {
  const started = performance.now();
  const res = await fetch(`${address}/api/portal/reports`, {
    method: 'POST',
    headers: headers(i),
    body: bodies[i],
  });
  const text = await res.text();
  latencies.push(performance.now() - started);
  if (res.status !== 201) {
    failures++;
    firstFailure ||= `${res.status} ${text.slice(0, 200)}`;
  }
}

const started = performance.now();
if (mode === 'closed') {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await send(next++);
    }),
  );
} else {
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(i));
  }
  await Promise.all(pending);
}
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
console.log(
  JSON.stringify({
    count,
    seconds,
    rate: count / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies[latencies.length - 1],
    failures,
    firstFailure,
  }),
);
