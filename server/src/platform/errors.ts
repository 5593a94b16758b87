import { ERROR_STATUS, type ErrorCode } from '@zeren/contracts';

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
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
/** A validation failure on one field, for rules zod cannot express (uniqueness, scope, references). */
export const fieldError = (path: string, key: string, params?: Record<string, string | number>) =>
  new AppError('VALIDATION_FAILED', {}, [{ path, key, ...(params ? { params } : {}) }]);
