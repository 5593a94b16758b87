import type { ErrorCode } from '@zeren/contracts';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  ACCOUNT_LOCKED: 423,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  UNIT_CYCLE: 409,
  UNIT_HAS_CHILDREN: 409,
  UNIT_HAS_RECORDS: 409,
  PERSON_HAS_ACCOUNT: 409,
  USERNAME_TAKEN: 409,
  WEAK_PASSWORD: 400,
  ADMIN_ROLES_EXCLUSIVE: 400,
  PAYLOAD_TOO_LARGE: 413,
  PHASES_INVALID: 400,
  CAMPAIGN_ALREADY_ACTIVE: 409,
  CALENDAR_YEAR_MISSING: 422,
  VERSION_IMMUTABLE: 409,
  IMPORT_HAS_ERRORS: 422,
  IMPORT_FILE_INVALID: 400,
  PROOF_OF_WORK_INVALID: 400,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** A field-level problem: `message` is a message key of platform/i18n, translated at the edge. */
export interface FieldIssue {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/** The one error type services throw; the error handler renders it as problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fieldIssues: FieldIssue[] = [],
  ) {
    super(code);
    this.status = STATUS[code];
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
/** A validation failure on one field, for rules zod cannot express (uniqueness, scope, references). */
export const fieldError = (path: string, key: string, params?: Record<string, string | number>) =>
  new AppError('VALIDATION_FAILED', {}, [{ path, key, ...(params ? { params } : {}) }]);
