import type { ProofOfWorkChallenge } from '@zeren/contracts';
import { api } from '../api';
import { encodePayload, type Solution, solveChallenge } from './solver';

/**
 * Fetches a fresh challenge and solves it — in a Web Worker when the browser allows, else on
 * this thread in batches — reporting progress (0–1). Answers the `altcha` form value.
 */
export async function proveWork(
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const challenge = await api<ProofOfWorkChallenge>('/altcha-challenge', signal ? { signal } : {});
  const solution =
    (await solveInWorker(challenge, onProgress, signal)) ??
    (await solveChallenge(challenge, onProgress, signal));
  if (!solution) throw new Error('proof of work not found');
  return encodePayload(challenge, solution);
}

function solveInWorker(
  challenge: ProofOfWorkChallenge,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Solution | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pow.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const finish = (solution: Solution | null) => {
      worker.terminate();
      resolve(solution);
    };
    signal?.addEventListener('abort', () => finish(null));
    worker.onerror = () => finish(null);
    worker.onmessage = (event: MessageEvent) => {
      const message = event.data as { type: string; fraction?: number; solution?: Solution | null };
      if (message.type === 'progress') onProgress(message.fraction ?? 0);
      else finish(message.type === 'done' ? (message.solution ?? null) : null);
    };
    worker.postMessage({ challenge });
  });
}
