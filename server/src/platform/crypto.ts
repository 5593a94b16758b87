import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/** SM3 digest (GB/T 32905) in hex. */
export function sm3(data: string | Buffer): string {
  return createHash('sm3').update(data).digest('hex');
}

/** HMAC-SM3 in hex. */
export function hmacSm3(key: string | Buffer, data: string | Buffer): string {
  return createHmac('sm3', key).update(data).digest('hex');
}

/**
 * A key for one purpose, derived from the field key: HMAC-SM3(field key, "zeren/<purpose>/v1").
 * Installs that set no separate key for a purpose (the audit chain, phone hashes, receipt lookups)
 * get one that changes only with the field key.
 */
export function purposeKey(fieldKey: Buffer, purpose: string): Buffer {
  return createHmac('sm3', fieldKey).update(`zeren/${purpose}/v1`).digest();
}

/**
 * Field encryption for personal data at rest: SM4-CTR, then HMAC-SM3 over iv ‖ ciphertext
 * (encrypt-then-MAC; Node has no SM4-GCM). Output: base64url of iv(16) ‖ ct ‖ mac(32), prefixed 'v1.'.
 */
export class FieldCipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;
  private readonly fieldKey: Buffer;
  private readonly purposeKeys = new Map<string, Buffer>();

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('field key must be 32 bytes');
    this.fieldKey = key;
    this.encKey = key.subarray(0, 16);
    this.macKey = key.subarray(16);
  }

  encrypt(plain: string): string {
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-ctr', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const mac = createHmac('sm3', this.macKey).update(iv).update(ct).digest();
    return `v1.${Buffer.concat([iv, ct, mac]).toString('base64url')}`;
  }

  decrypt(sealed: string): string {
    if (!sealed.startsWith('v1.')) throw new Error('unknown field cipher version');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    if (raw.length < 48) throw new Error('sealed field too short');
    const iv = raw.subarray(0, 16);
    const ct = raw.subarray(16, raw.length - 32);
    const mac = raw.subarray(raw.length - 32);
    const expected = createHmac('sm3', this.macKey).update(iv).update(ct).digest();
    if (!timingSafeEqual(mac, expected)) throw new Error('sealed field failed its integrity check');
    const decipher = createDecipheriv('sm4-ctr', this.encKey, iv);
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
  }

  encryptNullable(plain: string | null | undefined): string | null {
    return plain == null || plain === '' ? null : this.encrypt(plain);
  }

  decryptNullable(sealed: string | null): string | null {
    return sealed == null ? null : this.decrypt(sealed);
  }

  /**
   * A keyed digest of `value` for finding a record by it without storing it (a blind index):
   * HMAC-SM3 under a key derived from the field key for `purpose` alone, in hex. Without the field
   * key, a copy of the database cannot link a value to its digest.
   */
  keyedDigest(purpose: string, value: string): string {
    let key = this.purposeKeys.get(purpose);
    if (!key) {
      key = purposeKey(this.fieldKey, purpose);
      this.purposeKeys.set(purpose, key);
    }
    return hmacSm3(key, value);
  }
}

/** Masks personal data for lists and the audit log: keeps enough to recognise, not to use. */
export function maskPersonal(value: string | null): string | null {
  if (value == null) return null;
  const at = value.indexOf('@');
  if (at > 0) return `${value[0]}***${value.slice(at)}`;
  if (value.length <= 4) return '****';
  return `${'*'.repeat(Math.min(value.length - 4, 7))}${value.slice(-4)}`;
}
