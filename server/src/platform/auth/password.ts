import { hash, verify } from '@node-rs/argon2';
import type { FieldIssue } from '../errors';

// argon2id (algorithm 2) with OWASP's second recommended profile: 19 MiB, 2 passes.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username is unknown, so timing does not reveal whether an account exists. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-Zeren-2026');
  return dummyHash;
}

/** The password rules: ≥ 12 characters, 3 of 4 character classes, not the username. */
export function passwordProblems(password: string, username: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if ([...password].length < 12) issues.push({ path: 'password', key: 'password.length' });
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) issues.push({ path: 'password', key: 'password.classes' });
  if (password.toLowerCase() === username.toLowerCase())
    issues.push({ path: 'password', key: 'password.username' });
  return issues;
}
