/**
 * Stable error codes of the problem+json model. The server translates each into the
 * caller's language; clients branch on the code, never on the message.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'UNAUTHENTICATED',
  'LOGIN_FAILED',
  'ACCOUNT_LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'UNIT_CYCLE',
  'UNIT_HAS_CHILDREN',
  'UNIT_HAS_RECORDS',
  'PERSON_HAS_ACCOUNT',
  'USERNAME_TAKEN',
  'WEAK_PASSWORD',
  'ADMIN_ROLES_EXCLUSIVE',
  'PAYLOAD_TOO_LARGE',
  'PHASES_INVALID',
  'CAMPAIGN_ALREADY_ACTIVE',
  'CALENDAR_YEAR_MISSING',
  'VERSION_IMMUTABLE',
  'IMPORT_HAS_ERRORS',
  'IMPORT_FILE_INVALID',
  'PROOF_OF_WORK_INVALID',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_TOO_LARGE',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: { path: string; message: string }[];
}
