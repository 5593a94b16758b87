import { BALLOT_FLAG_RULES } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import type { AuditHeadSeen } from '../../platform/audit/audit.service';
import { FlagJudge, type IntakeEvidence, IntakeMemory } from './evaluation.intake-memory';

const HOUR = 60 * 60_000;
const T0 = Date.parse('2026-06-01T02:00:00Z');
const head = (seq: number): AuditHeadSeen => ({ seq, hash: `h${seq}`, checkpointSeq: 0, checkpointAt: null });
const answers = { conduct: 'satisfied' as const };
const code = { id: 'c1', codeDigest: 'd', attempts: 0, expiresAt: new Date(T0 + HOUR) };

/** A batch read at `seen`, judging a ballot of p1 for t1 from `network` (cast: `cast`), written at `moved`. */
function readBatch(
  memory: IntakeMemory,
  seen: AuditHeadSeen,
  moved: AuditHeadSeen,
  now: number,
  network = 'n1',
  cast = ['t1:p1'],
) {
  const evidence: IntakeEvidence = {
    codes: new Map([['p1', code]]),
    targets: new Map([['t1', { recent: [], last: [] }]]),
    networks: new Map([[network, []]]),
    voted: new Set(),
    head: seen,
  };
  const judge = new FlagJudge(evidence, now);
  judge.judge('t1', network, answers);
  memory.written({ roundId: 'r1', recalled: false, evidence, judge, wrong: [], cast, now }, moved);
}
const want = (network: string) => ({
  phoneKeys: ['p1'],
  targetIds: ['t1'],
  networkKeys: [network],
  pairs: ['t1:p1'],
});

describe("the public ballot intake's memory", () => {
  it('recalls what a read left, at the head the batch moved to, with the ballots it cast', () => {
    const memory = new IntakeMemory();
    expect(memory.recall('r1', want('n1'), T0)).toBeNull();
    readBatch(memory, head(1), head(2), T0);
    const recalled = memory.recall('r1', want('n1'), T0 + 1000);
    expect(recalled?.head).toEqual(head(2));
    expect(recalled?.targets.get('t1')).toEqual({ recent: [T0], last: [answers] });
    expect(recalled?.networks.get('n1')).toEqual([T0]);
    expect([...(recalled?.voted ?? [])]).toEqual(['t1:p1']);
    // Another round, an unknown target or code: read.
    expect(memory.recall('r2', want('n1'), T0)).toBeNull();
    expect(memory.recall('r1', { ...want('n1'), targetIds: ['t2'] }, T0)).toBeNull();
    expect(memory.recall('r1', { ...want('n1'), phoneKeys: ['p2'] }, T0)).toBeNull();
  });

  it('an unknown network is read until a network window (and the clock margin) has passed since its reads began', () => {
    const memory = new IntakeMemory();
    readBatch(memory, head(1), head(2), T0);
    expect(memory.recall('r1', want('n2'), T0 + BALLOT_FLAG_RULES.networkMinutes * 60_000)).toBeNull();
    expect(memory.recall('r1', want('n2'), T0 + 2 * HOUR)?.networks.get('n2')).toEqual([]);
  });

  it('a read at a head other than the one remembered starts again: what it did not read is forgotten', () => {
    const memory = new IntakeMemory();
    readBatch(memory, head(1), head(2), T0, 'n1');
    // Someone else wrote events 3 and 4; this batch read at 4.
    readBatch(memory, head(4), head(5), T0 + 1000, 'n2');
    expect(memory.recall('r1', want('n1'), T0 + 2000)).toBeNull();
    expect(memory.recall('r1', want('n2'), T0 + 2000)?.head).toEqual(head(5));
  });

  it('forgets the flags’ evidence when written under the lock, and keeps the ballots cast', () => {
    const memory = new IntakeMemory();
    readBatch(memory, head(1), head(2), T0);
    const evidence: IntakeEvidence = {
      codes: new Map(),
      targets: new Map(),
      networks: new Map(),
      voted: new Set(),
      head: null,
    };
    memory.written(
      {
        roundId: 'r1',
        recalled: false,
        evidence,
        judge: new FlagJudge(evidence, T0),
        wrong: [],
        cast: [],
        now: T0,
      },
      null,
    );
    expect(memory.recall('r1', want('n1'), T0)).toBeNull();
    // A read that casts nothing starts it again; the ballot cast before is still known.
    readBatch(memory, head(9), head(10), T0 + 1000, 'n1', []);
    expect([...(memory.recall('r1', want('n1'), T0 + 2000)?.voted ?? [])]).toEqual(['t1:p1']);
  });
});
