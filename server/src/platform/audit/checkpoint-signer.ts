import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import smCrypto from 'sm-crypto';

/**
 * SM2 signing off the event loop. sm-crypto is pure JavaScript: one signature is a scalar
 * multiplication on big integers, 25–30 ms on the development machine, and a checkpoint is signed
 * every thousand audit events — inside the request that crosses it. On the event loop that stalls
 * every request the server is handling, which is what a public intake's tail latency showed. A
 * worker thread signs instead; the caller's transaction or statement waits for the signature as
 * it waited before, but nothing else does.
 *
 * One worker per process, started at the first signature and not keeping the process alive. If it
 * cannot start or dies, signatures are made on the event loop as before: a checkpoint is never
 * skipped for want of a thread.
 */

const SM_CRYPTO = createRequire(import.meta.url).resolve('sm-crypto');

/** DER encoding, SM3 over the signer's Z value: on the worker and on this thread alike. */
const SIGN_OPTIONS = { der: true, hash: true } as const;

// The worker is a CommonJS script given as text: it needs no loader for TypeScript, under tsx,
// vitest or a build alike, and requires sm-crypto by the path resolved here.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const sm = require(${JSON.stringify(SM_CRYPTO)});
parentPort.on('message', ({ id, message, signingKey, publicKey }) => {
  try {
    parentPort.postMessage({ id, signature: sm.sm2.doSignature(message, signingKey, { ...${JSON.stringify(SIGN_OPTIONS)}, publicKey }) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

interface Signing {
  message: string;
  signingKey: string;
  publicKey: string;
}

/** The signature made on this thread: the same call the worker makes. */
export function signHere({ message, signingKey, publicKey }: Signing): string {
  return smCrypto.sm2.doSignature(message, signingKey, { ...SIGN_OPTIONS, publicKey });
}

let worker: Worker | null = null;
let broken = false;
let nextId = 0;
const waiting = new Map<number, { resolve: (signature: string) => void; reject: (error: Error) => void }>();

function failAll(error: Error) {
  for (const w of waiting.values()) w.reject(error);
  waiting.clear();
}

function signer(): Worker | null {
  if (broken) return null;
  if (worker) return worker;
  try {
    const started = new Worker(WORKER_SOURCE, { eval: true });
    started.unref();
    started.on('message', (m: { id: number; signature?: string; error?: string }) => {
      const w = waiting.get(m.id);
      if (!w) return;
      waiting.delete(m.id);
      if (m.signature) w.resolve(m.signature);
      else w.reject(new Error(m.error ?? 'the signing worker answered nothing'));
    });
    const lost = (error: Error) => {
      broken = true;
      worker = null;
      failAll(error);
    };
    started.on('error', lost);
    started.on('exit', (code) => {
      if (waiting.size > 0 || code !== 0) lost(new Error(`the signing worker exited (${code})`));
      else worker = null;
    });
    worker = started;
    return worker;
  } catch {
    broken = true;
    return null;
  }
}

/** An SM2 signature (DER, SM3 with the signer's Z value) made on the worker thread when there is one. */
export async function signOffThread(signing: Signing): Promise<string> {
  const w = signer();
  if (!w) return signHere(signing);
  const id = nextId++;
  try {
    return await new Promise<string>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      // Only a waiting signature keeps the process alive: a server idle between checkpoints does not.
      w.ref();
      w.postMessage({ id, ...signing });
    }).finally(() => {
      if (waiting.size === 0) w.unref();
    });
  } catch {
    return signHere(signing);
  }
}
