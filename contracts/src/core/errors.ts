/**
 * Stable error codes of the problem+json model, each with its HTTP status. The server translates
 * each into the caller's language; clients branch on the code, never on the message. Modules add
 * their own codes in their contracts (`errors`); the registry joins them.
 */
export const CORE_ERRORS = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  ACCOUNT_LOCKED: 423,
  FORBIDDEN: 403,
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  ARCHIVE_LIMIT_EXCEEDED: 413,
  SERVER_BUSY: 503,
  HEADERS_TOO_LARGE: 431,
  CALENDAR_YEAR_MISSING: 422,
  IMPORT_HAS_ERRORS: 422,
  IMPORT_FILE_INVALID: 400,
  PROOF_OF_WORK_INVALID: 400,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;
export type CoreErrorCode = keyof typeof CORE_ERRORS;
