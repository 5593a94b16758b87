import { z } from 'zod';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** A record id: a UUID (version 7, so ids sort by creation). */
export const idSchema = z.uuid().meta({ id: 'Id' });
export const idParamsSchema = z.object({ id: idSchema }).strict();

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. No form types
 * them, PostgreSQL cannot store NUL in text, and they hide content from readers and exports.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Every text input of every route starts here: a string without control characters (see
 * CONTROL_CHARACTERS). A refusal names the field (message key `field.control_characters`).
 */
export const text = () =>
  z.string().refine((value) => !CONTROL_CHARACTERS.test(value), {
    error: 'control characters are not allowed',
    params: { key: 'field.control_characters' },
  });

/** Trimmed, non-empty, bounded text: the default for every name-like field. */
export const nameText = (max = 100) => text().trim().min(1).max(max);
export const optionalText = (max = 500) => text().trim().max(max).nullish();
/** A search term in a query string. */
export const searchText = () => text().trim().max(100).optional();

/**
 * A whole number in a query string: decimal digits only (with an optional minus), never hex
 * (`0x10`), an exponent (`1e2`), blanks or an empty value, which `z.coerce.number` would accept.
 */
export const queryInt = (bounds: { min?: number; max?: number } = {}) => {
  let number = z.number().int();
  if (bounds.min !== undefined) number = number.min(bounds.min);
  if (bounds.max !== undefined) number = number.max(bounds.max);
  return z
    .union([z.number(), text().regex(/^-?[0-9]{1,15}$/)])
    .transform(Number)
    .pipe(number);
};

export const okSchema = z.object({ ok: z.literal(true) });

/** The most rows one page of a staff list holds. */
export const MAX_PAGE_SIZE = 200;
/** A list counts its rows up to this many; beyond, the total is "at least" (`totalExact: false`). */
export const COUNT_CAP = 10_000;

/**
 * Keyset paging, spread into every staff list's query: `limit` rows after the opaque cursor
 * `after` (the `nextCursor` of the previous page). The order is the list's own and stable.
 */
export const pageQuery = {
  limit: queryInt({ min: 1, max: MAX_PAGE_SIZE }).default(50),
  after: text()
    .regex(/^[A-Za-z0-9_-]{1,600}$/)
    .optional(),
};
export const pageQuerySchema = z.object(pageQuery).strict();
export type PageQuery = z.infer<typeof pageQuerySchema>;

/**
 * One page of a staff list: the rows, the cursor of the next page (null on the last), and how
 * many rows the filter matches — exactly up to COUNT_CAP, else "at least" that many.
 */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().min(0),
    totalExact: z.boolean(),
  });
export type Page<T> = { items: T[]; nextCursor: string | null; total: number; totalExact: boolean };

/**
 * RFC 9457 problem details, as every error answers (application/problem+json): a stable `code`,
 * a `title` in the caller's language, and `errors[]` naming each field for bad input. Some carry
 * more (an import's `rejected` rows), so members beyond these are allowed.
 */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .loose();

/** The shape of a list that is whole by nature (a campaign's domains, a year's holidays): `{ items: [...] }`. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** YYYY-MM-DD, a calendar date (deadlines, phase dates). */
export const dateSchema = z.iso.date().meta({ id: 'Date' });
