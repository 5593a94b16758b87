import smCrypto from 'sm-crypto';
import { canonicalJson } from './canonical';
import { signOffThread } from './checkpoint-signer';

/**
 * The keys of the audit chain, kept outside the database (configuration or the data
 * directory's secrets file), so whoever can write the database cannot recompute the chain:
 * - `chainKey`: HMAC-SM3 key of every event's hash and of the head record;
 * - `signingKey`: SM2 private key (hex) that signs checkpoints of the head; `publicKey` checks them,
 *   and is what an operator keeps with the exported checkpoints.
 */
export interface AuditKeys {
  chainKey: Buffer;
  signingKey: string;
  publicKey: string;
}

/** Public keys by private key: deriving one is a scalar multiplication in pure JavaScript (~10 ms). */
const publicKeys = new Map<string, string>();

export function auditKeys(chainKey: Buffer, signingKey: string): AuditKeys {
  let publicKey = publicKeys.get(signingKey);
  if (publicKey === undefined) {
    publicKey = smCrypto.sm2.getPublicKeyFromPrivateKey(signingKey);
    // A process holds one or two signing keys (tests a handful): no bound needed beyond a small one.
    if (publicKeys.size >= 16) publicKeys.clear();
    publicKeys.set(signingKey, publicKey);
  }
  return { chainKey, signingKey, publicKey };
}

/** The keys a configuration names (ZEREN_AUDIT_KEY / ZEREN_AUDIT_SIGNING_KEY, or their derivations). */
export function auditKeysOf(config: { auditKey: Buffer; auditSigningKey: string }): AuditKeys {
  return auditKeys(config.auditKey, config.auditSigningKey);
}

/** A fresh SM2 private key (hex), for the secrets file. */
export function newSigningKey(): string {
  return smCrypto.sm2.generateKeyPairHex().privateKey;
}

/** What a checkpoint signs: the position and hash of the chain's head at a time. */
export interface CheckpointContent {
  seq: number;
  hash: string;
  signedAt: string;
}

const checkpointMessage = (c: CheckpointContent) =>
  `zeren-audit-checkpoint/v1 ${canonicalJson({ seq: c.seq, hash: c.hash, signedAt: c.signedAt })}`;

/**
 * SM2 signature (DER, SM3 with the signer's Z value) of a checkpoint, made on a worker thread
 * (`checkpoint-signer.ts`): tens of milliseconds of big-integer arithmetic the event loop does not wait for.
 */
export function signCheckpoint(keys: AuditKeys, content: CheckpointContent): Promise<string> {
  return signOffThread({
    message: checkpointMessage(content),
    signingKey: keys.signingKey,
    publicKey: keys.publicKey,
  });
}

export function checkpointSignatureValid(
  publicKey: string,
  content: CheckpointContent,
  signature: string,
): boolean {
  try {
    return smCrypto.sm2.doVerifySignature(checkpointMessage(content), signature, publicKey, {
      der: true,
      hash: true,
    });
  } catch {
    return false;
  }
}
