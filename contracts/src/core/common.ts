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

export const pageQuerySchema = z
  .object({
    limit: queryInt({ min: 1, max: 500 }).default(100),
    after: text().max(200).optional(),
  })
  .strict();

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

/** The shape of every list response: `{ items: [...] }`. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** YYYY-MM-DD, a calendar date (deadlines, phase dates). */
export const dateSchema = z.iso.date().meta({ id: 'Date' });
