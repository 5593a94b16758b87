/** The PostgreSQL error code of a failed query (drizzle wraps the driver's error as `cause`). */
function sqlState(error: unknown): string | undefined {
  const e = error as { cause?: { code?: unknown }; code?: unknown } | null;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A unique index refused the row (two writers raced for the same key). */
export const isUniqueViolation = (error: unknown): boolean => sqlState(error) === '23505';

/** The constraint (or unique index) that refused the row, when the database named one. */
export function violatedConstraint(error: unknown): string | undefined {
  const e = error as { cause?: { constraint?: unknown }; constraint?: unknown } | null;
  const name = e?.cause?.constraint ?? e?.constraint;
  return typeof name === 'string' ? name : undefined;
}

/** A foreign key refused the change (the row is still referenced, or names a missing one). */
export const isForeignKeyViolation = (error: unknown): boolean => sqlState(error) === '23503';

/** A serializable transaction lost a race. */
export const isSerializationFailure = (error: unknown): boolean => sqlState(error) === '40001';
