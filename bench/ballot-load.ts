/**
 * The load of the ballot benchmark, in its own process. Untimed first, as each citizen would:
 * solves a proof of work and asks for an SMS code per phone number (this process is the SMS
 * gateway the server was started with, so it reads the codes). Then, timed, sends the ballots —
 * each number scores every target of the demo's open round — CONCURRENCY at a time, as fast as
 * the server answers (send-load.ts), and prints the figures as JSON. Each number comes from its own address
 * (X-Forwarded-For, the server trusting its proxy).
 */
import { createServer } from 'node:http';
import { solveProofOfWork } from '../server/test/proof-of-work';
import { sendLoad } from './send-load';

const address = process.env.ADDRESS!;
const count = Number(process.env.COUNT ?? 800);
const concurrency = Number(process.env.CONCURRENCY ?? 16);
const smsPort = Number(process.env.SMS_PORT);
const offset = Number(process.env.OFFSET ?? 0);

// ---- the SMS gateway: codes by number
const codes = new Map<string, string>();
const waiting = new Map<string, (code: string) => void>();
const gateway = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => {
    body += c;
  });
  req.on('end', () => {
    const { phone, text } = JSON.parse(body) as { phone: string; text: string };
    const code = text.match(/验证码为(\d{6})/)![1]!;
    codes.set(phone, code);
    waiting.get(phone)?.(code);
    res.writeHead(200).end('{}');
  });
});
await new Promise<void>((r) => gateway.listen(smsPort, '127.0.0.1', r));

const addressOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
const headers = (i: number) => ({
  'content-type': 'application/json',
  'x-requested-with': 'zeren',
  'x-forwarded-for': addressOf(i),
});

// ---- the open round and its targets
const rounds = (await (await fetch(`${address}/api/portal/evaluation-rounds?limit=100`)).json()) as {
  items: { id: string; status: string; targets: { id: string }[]; indicators: { key: string }[] }[];
};
const round = rounds.items.find((r) => r.status === 'open')!;
const phones = Math.ceil(count / round.targets.length);

// ---- codes, before the clock starts
for (let p = 0; p < phones; p++) {
  const phone = `139${String(offset + p).padStart(8, '0')}`;
  const challenge = (await (
    await fetch(`${address}/api/portal/altcha-challenge`, { headers: headers(offset + p) })
  ).json()) as Parameters<typeof solveProofOfWork>[0];
  const got = new Promise<string>((resolve) => waiting.set(phone, resolve));
  const res = await fetch(`${address}/api/portal/evaluation-rounds/${round.id}/phone-code`, {
    method: 'POST',
    headers: headers(offset + p),
    body: JSON.stringify({ phone, altcha: await solveProofOfWork(challenge) }),
  });
  if (res.status !== 200) throw new Error(`code for ${phone}: ${res.status} ${await res.text()}`);
  await got;
}

const LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied', 'unknown'];
const bodies: { body: string; ip: number }[] = [];
for (let i = 0; i < count; i++) {
  const p = Math.floor(i / round.targets.length);
  const phone = `139${String(offset + p).padStart(8, '0')}`;
  bodies.push({
    ip: offset + p,
    body: JSON.stringify({
      phone,
      code: codes.get(phone),
      group: 'urban_resident',
      targetId: round.targets[i % round.targets.length]!.id,
      answers: Object.fromEntries(round.indicators.map((ind, k) => [ind.key, LEVELS[(i + k + p) % 3]])),
    }),
  });
}

// ---- the ballots
const figures = await sendLoad({
  address,
  path: `/api/portal/evaluation-rounds/${round.id}/ballots`,
  requests: bodies.map(({ body, ip }) => ({ headers: headers(ip), body })),
  expectStatus: 201,
  connections: concurrency,
});
gateway.close();
console.log(JSON.stringify(figures));
