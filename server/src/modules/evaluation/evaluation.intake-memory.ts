import { BALLOT_FLAG_RULES, type BallotAnswers, type BallotFlag } from '@zeren/contracts';
import type { AuditHeadSeen } from '../../platform/audit/audit.service';
import { sameAnswers } from './evaluation.rules';

/** The last code sent to a number for a round, as the intake checks it. */
export interface CodeSeen {
  id: string;
  codeDigest: string;
  attempts: number;
  expiresAt: Date;
}

/**
 * What the flags look at for one target: the times (epoch milliseconds, newest first) of its public
 * ballots in the burst window, at most the burst threshold; the answers of its newest few.
 */
export interface TargetSeen {
  recent: readonly number[];
  last: readonly BallotAnswers[];
}

/**
 * What a batch of public ballots of one round is judged on, for the batch's numbers, targets and
 * networks: read in one statement (`ballotIntakeEvidence`) or remembered (`IntakeMemory.recall`).
 */
export interface IntakeEvidence {
  /** The last code sent to each number, by the number's key. */
  codes: Map<string, CodeSeen>;
  targets: Map<string, TargetSeen>;
  /** Per network key, the times of the round's ballots from it in the network window (newest first, at most the threshold). */
  networks: Map<string, readonly number[]>;
  /** `targetId:voterKey` of the ballots the batch's voters already cast. */
  voted: Set<string>;
  head: AuditHeadSeen | null;
}

const BURST_MS = BALLOT_FLAG_RULES.burstMinutes * 60_000;
const NETWORK_MS = BALLOT_FLAG_RULES.networkMinutes * 60_000;
const LAST_N = BALLOT_FLAG_RULES.identicalRun - 1;

/** Of `times` (newest first), those after `since`. */
function after(times: readonly number[], since: number): readonly number[] {
  const i = times.findIndex((t) => t <= since);
  return i < 0 ? times : times.slice(0, i);
}

/**
 * Judges a batch's public ballots in arrival order against its evidence, brought up to date ballot
 * by ballot, so each is judged exactly as if cast alone in turn. What it ends with is the evidence
 * after the batch: what the memory keeps once the batch is written.
 */
export class FlagJudge {
  readonly targets: Map<string, TargetSeen>;
  readonly networks: Map<string, readonly number[]>;

  constructor(
    evidence: Pick<IntakeEvidence, 'targets' | 'networks'>,
    private readonly now: number,
  ) {
    this.targets = new Map(evidence.targets);
    this.networks = new Map(evidence.networks);
  }

  /** Why this ballot waits for review (none: it counts at once); then counts it in. */
  judge(targetId: string, networkKey: string | null, answers: BallotAnswers): BallotFlag[] {
    const seen = this.targets.get(targetId) ?? { recent: [], last: [] };
    const recent = after(seen.recent, this.now - BURST_MS);
    const network = networkKey ? after(this.networks.get(networkKey) ?? [], this.now - NETWORK_MS) : [];
    const flags: BallotFlag[] = [];
    if (recent.length >= BALLOT_FLAG_RULES.burstCount) flags.push('burst');
    if (seen.last.length === LAST_N && seen.last.every((a) => sameAnswers(a, answers)))
      flags.push('identical');
    if (network.length >= BALLOT_FLAG_RULES.networkCount) flags.push('network');
    this.targets.set(targetId, {
      recent: [this.now, ...recent].slice(0, BALLOT_FLAG_RULES.burstCount),
      last: [answers, ...seen.last].slice(0, LAST_N),
    });
    if (networkKey)
      this.networks.set(networkKey, [this.now, ...network].slice(0, BALLOT_FLAG_RULES.networkCount));
    return flags;
  }
}

/** What a committed batch leaves the memory (see `IntakeMemory.written`). */
export interface WrittenBatch {
  roundId: string;
  /** The batch was planned from memory (true) or from a read (false). */
  recalled: boolean;
  evidence: IntakeEvidence;
  judge: FlagJudge;
  /** Codes whose wrong try the batch counted. */
  wrong: readonly string[];
  /** `targetId:voterKey` of the ballots it cast. */
  cast: readonly string[];
  /** The batch's clock (epoch milliseconds). */
  now: number;
}

/**
 * How far another instance's clock may run ahead of this one's: a ballot it wrote just before this
 * intake's read may bear a time up to this much after the read's.
 */
const CLOCK_MARGIN_MS = 60_000;
const MAX_ROUNDS = 100;
/** Networks or codes kept per intake before the stale ones are swept. */
const MAX_KEYS = 50_000;
const MAX_VOTED = 200_000;

/**
 * What the public ballot intake knows of the flags' evidence, the codes and the ballots cast,
 * so that at a busy hour a batch is planned without a read and written in one statement.
 *
 * It rests on the audit chain: every ballot is written with its audit event, so while the chain's
 * head is the one this intake last moved it to, no one else wrote a ballot, and what it remembers
 * of the targets and networks still holds. A batch planned from memory is written at that head
 * (`appendAtHead`'s compare-and-set), under a guard that the codes it checked are still the last
 * ones sent with the tries remembered (a code is sent without an audit event). When the head moved
 * (another instance, a staff change) or the guard fails, nothing is written and the batch is planned
 * again from a read; a unique index the memory did not know about (a number that voted before this
 * process started) fails the statement, and the intake forgets and reads. Facts that never change —
 * a ballot was cast — are kept across a lost head.
 */
export class IntakeMemory {
  /** The head this intake last moved the chain to, at which the targets and networks below hold; null: none. */
  private head: AuditHeadSeen | null = null;
  /**
   * From when on every ballot was written through this intake (its first read with the current
   * head, plus CLOCK_MARGIN_MS): once a network window has passed since, a network it keeps no
   * entry for has had no ballot in the window.
   */
  private since = 0;
  private readonly rounds = new Map<
    string,
    { targets: Map<string, TargetSeen>; networks: Map<string, readonly number[]> }
  >();
  /** `roundId:phoneKey` → the last code sent, as sent here or read: checked by a guard, so kept across a lost head. */
  private readonly codes = new Map<string, CodeSeen>();
  /** `targetId:voterKey` of ballots cast. */
  private readonly voted = new Set<string>();

  /** A code this intake just sent. */
  codeSent(roundId: string, phoneKey: string, code: CodeSeen, now: number): void {
    this.codes.set(`${roundId}:${phoneKey}`, code);
    if (this.codes.size > MAX_KEYS) this.sweepCodes(now);
  }

  /**
   * The evidence of a batch, when the memory holds all of it: its numbers' codes, its targets, its
   * networks. null: the batch reads.
   */
  recall(
    roundId: string,
    want: { phoneKeys: string[]; targetIds: string[]; networkKeys: string[]; pairs: string[] },
    now: number,
  ): IntakeEvidence | null {
    const round = this.rounds.get(roundId);
    if (!this.head || !round) return null;
    const codes = new Map<string, CodeSeen>();
    for (const key of want.phoneKeys) {
      const code = this.codes.get(`${roundId}:${key}`);
      if (!code) return null;
      codes.set(key, code);
    }
    const targets = new Map<string, TargetSeen>();
    for (const id of want.targetIds) {
      const seen = round.targets.get(id);
      if (!seen) return null;
      targets.set(id, seen);
    }
    const networks = new Map<string, readonly number[]>();
    const complete = now - this.since >= NETWORK_MS;
    for (const key of want.networkKeys) {
      const seen = round.networks.get(key) ?? (complete ? [] : undefined);
      if (!seen) return null;
      networks.set(key, seen);
    }
    return {
      codes,
      targets,
      networks,
      voted: new Set(want.pairs.filter((p) => this.voted.has(p))),
      head: this.head,
    };
  }

  /**
   * A batch's writes committed and moved the chain to `head` (null: written under the chain's lock,
   * at a head not known here). A batch read at a head other than the one remembered starts the
   * memory again from its read.
   */
  written(batch: WrittenBatch, head: AuditHeadSeen | null): void {
    const { roundId, evidence, now } = batch;
    for (const [phoneKey, code] of evidence.codes)
      this.codes.set(`${roundId}:${phoneKey}`, {
        ...code,
        attempts: code.attempts + (batch.wrong.includes(code.id) ? 1 : 0),
      });
    if (this.voted.size + evidence.voted.size + batch.cast.length > MAX_VOTED) this.voted.clear();
    for (const pair of evidence.voted) this.voted.add(pair);
    for (const pair of batch.cast) this.voted.add(pair);
    if (!head) {
      this.forget();
      return;
    }
    if (!batch.recalled && !(this.head && sameHead(this.head, evidence.head))) {
      this.rounds.clear();
      this.since = now + CLOCK_MARGIN_MS;
    }
    if (!this.rounds.has(roundId) && this.rounds.size >= MAX_ROUNDS) this.rounds.clear();
    const round = this.rounds.get(roundId) ?? { targets: new Map(), networks: new Map() };
    for (const [id, seen] of batch.judge.targets) round.targets.set(id, seen);
    for (const [key, seen] of batch.judge.networks) round.networks.set(key, seen);
    this.rounds.set(roundId, round);
    this.head = head;
    if (round.networks.size > MAX_KEYS) this.sweepNetworks(round.networks, now);
    if (this.codes.size > MAX_KEYS) this.sweepCodes(now);
  }

  /** Forgets the flags' evidence: the next batch reads. */
  forget(): void {
    this.head = null;
    this.rounds.clear();
  }

  /** Networks with no ballot left in their window (kept, they read as empty: the same). */
  private sweepNetworks(networks: Map<string, readonly number[]>, now: number) {
    for (const [key, times] of networks) if ((times[0] ?? 0) <= now - NETWORK_MS) networks.delete(key);
    if (networks.size > MAX_KEYS) this.forget();
  }

  private sweepCodes(now: number) {
    for (const [key, code] of this.codes) if (code.expiresAt.getTime() <= now) this.codes.delete(key);
    if (this.codes.size > MAX_KEYS) this.codes.clear();
  }
}

const sameHead = (a: AuditHeadSeen, b: AuditHeadSeen | null) => !!b && a.seq === b.seq && a.hash === b.hash;
