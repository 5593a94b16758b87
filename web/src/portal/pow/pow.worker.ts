/// <reference lib="webworker" />
import type { ProofOfWorkChallenge } from '@zeren/contracts';
import { solveChallenge } from './solver';

// Solves off the main thread, reporting progress; the page terminates the worker to cancel.
self.onmessage = async (event: MessageEvent<{ challenge: ProofOfWorkChallenge }>) => {
  try {
    const solution = await solveChallenge(event.data.challenge, (fraction) =>
      self.postMessage({ type: 'progress', fraction }),
    );
    self.postMessage({ type: 'done', solution });
  } catch (error) {
    self.postMessage({ type: 'error', message: String(error) });
  }
};
