/**
 * Sends prepared requests as a load generator should. Closed loop (`connections` at a time, as
 * fast as the server answers): autocannon's raw-socket client, a fraction of fetch's cost per
 * request, so on a small machine the generator does not take the CPU the server needs. Open loop
 * (`rate` a second, whatever the answers): arrivals drawn as a Poisson process — independent
 * citizens, not a drum beat — each sent at its moment on one of `connections` kept-alive sockets,
 * its latency counted from that moment, so a request that waited for a free socket or a late timer
 * pays the wait (no coordinated omission). Each request is its own (body, headers). Prints
 * nothing; answers the figures.
 */
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

export interface Prepared {
  headers: Record<string, string>;
  body: string;
}

export interface LoadFigures {
  count: number;
  seconds: number;
  rate: number;
  p50: number;
  p99: number;
  max: number;
  failures: number;
  firstFailure: string;
}

export interface LoadOptions {
  address: string;
  path: string;
  requests: readonly Prepared[];
  expectStatus: number;
  connections: number;
  /** Requests a second, arriving at random (open loop); closed loop when absent. */
  rate?: number;
}

export function sendLoad(options: LoadOptions): Promise<LoadFigures> {
  return options.rate ? openLoop(options, options.rate) : closedLoop(options);
}

async function closedLoop(options: LoadOptions): Promise<LoadFigures> {
  const { requests } = options;
  let next = 0;
  let failures = 0;
  let firstFailure = '';
  // autocannon notices the last answer only at its next one-second sample and reports that as the
  // duration (3,000 answers in 3.1 s came out as 4.01 s): the rate is timed here instead, from the
  // start to the last answer.
  const started = performance.now();
  let lastAnswer = started;
  const result = await autocannon({
    url: options.address,
    connections: options.connections,
    amount: requests.length,
    requests: [
      {
        method: 'POST',
        path: options.path,
        setupRequest: (req) => {
          const r = requests[next++ % requests.length]!;
          return { ...req, headers: r.headers, body: r.body };
        },
        onResponse: (status, body) => {
          lastAnswer = performance.now();
          if (status !== options.expectStatus) {
            failures++;
            firstFailure ||= `${status} ${body.slice(0, 200)}`;
          }
        },
      },
    ],
  });
  const count = result.requests.total;
  const seconds = (lastAnswer - started) / 1000;
  return {
    count,
    seconds,
    rate: count / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failures: failures + result.errors + result.timeouts,
    firstFailure,
  };
}

/**
 * The gaps between arrivals: exponential with mean 1/rate, from a fixed seed so that two runs at
 * the same rate meet the same bursts (autocannon's `overallRate` instead lets each connection send
 * its share of a second back to back and then wait for the next second: at half the peak the
 * server met sixteen requests at once, every second).
 */
export function poissonArrivals(count: number, rate: number, seed = 0x2e7e9): number[] {
  let state = seed >>> 0;
  const uniform = () => {
    // mulberry32: enough for arrival times, and the same sequence on every machine.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const at: number[] = [];
  let t = 0;
  for (let i = 0; i < count; i++) {
    t += -Math.log(1 - uniform()) / rate;
    at.push(t * 1000);
  }
  return at;
}

async function openLoop(options: LoadOptions, rate: number): Promise<LoadFigures> {
  const { requests } = options;
  const url = new URL(options.path, options.address);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const arrivals = poissonArrivals(requests.length, rate);
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure = '';
  const send = (r: Prepared, due: number) =>
    new Promise<void>((resolve) => {
      const fail = (why: string) => {
        failures++;
        firstFailure ||= why;
        resolve();
      };
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: { ...r.headers, 'content-length': Buffer.byteLength(r.body) },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode !== options.expectStatus) fail(`${res.statusCode} ${body.slice(0, 200)}`);
            else resolve();
          });
          res.on('error', (e) => fail(String(e)));
        },
      );
      req.on('error', (e) => fail(String(e)));
      req.end(r.body);
    });

  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < requests.length; i++) {
    const due = started + arrivals[i]!;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(send(requests[i]!, due));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    count: requests.length,
    seconds,
    rate: requests.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1) ?? 0,
    failures,
    firstFailure,
  };
}
