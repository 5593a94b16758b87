import { z } from 'zod';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const idSchema = z.uuid();
export const idParamsSchema = z.object({ id: idSchema }).strict();

/** Trimmed, non-empty, bounded text: the default for every name-like field. */
export const nameText = (max = 100) => z.string().trim().min(1).max(max);
export const optionalText = (max = 500) => z.string().trim().max(max).nullish();

export const okSchema = z.object({ ok: z.literal(true) });

export const pageQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    after: z.string().max(200).optional(),
  })
  .strict();

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** The shape of every list response: `{ items: [...] }`. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** YYYY-MM-DD, a calendar date (deadlines, phase dates). */
export const dateSchema = z.iso.date();
