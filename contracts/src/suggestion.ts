import { z } from 'zod';
import { idSchema, nameText, optionalText } from './common';

/** received → answered → published (answer public); answered/published → closed. */
export const SUGGESTION_STATUSES = ['received', 'answered', 'published', 'closed'] as const;
export const suggestionStatusSchema = z.enum(SUGGESTION_STATUSES);
export type SuggestionStatus = z.infer<typeof suggestionStatusSchema>;

export const SUGGESTION_CHANNELS = ['public', 'staff'] as const;
export const suggestionChannelSchema = z.enum(SUGGESTION_CHANNELS);

export const SUGGESTION_ACTIONS = ['answer', 'publish', 'unpublish', 'close'] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

/**
 * The workflow as data: `SUGGESTION_TRANSITIONS[status][action] → next status`. The server
 * enforces it (409 INVALID_TRANSITION), the staff app draws its buttons from it. An answer may
 * be corrected while it is not yet public.
 */
export const SUGGESTION_TRANSITIONS: Record<
  SuggestionStatus,
  Partial<Record<SuggestionAction, SuggestionStatus>>
> = {
  received: { answer: 'answered' },
  answered: { answer: 'answered', publish: 'published', close: 'closed' },
  published: { unpublish: 'answered', close: 'closed' },
  closed: {},
};

/**
 * Tracking codes: 'SG' and ten characters of an alphabet without look-alikes (no 0/O, 1/I/L),
 * so a code read aloud or copied by hand still works.
 */
export const TRACKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TRACKING_CODE_PATTERN = /^SG[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{10}$/;

const content = z.string().trim().min(1).max(5000);

/** What a staff member sees; submitter name and contact are masked except on the audited single view. */
export const suggestionSchema = z.object({
  id: idSchema,
  trackingCode: z.string(),
  campaignId: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  domainId: idSchema.nullable(),
  domainTitle: z.string().nullable(),
  channel: suggestionChannelSchema,
  title: z.string(),
  content: z.string(),
  /** Personal data: masked in lists, in full only on GET /api/suggestions/:id (audited). */
  submitterName: z.string().nullable(),
  submitterContact: z.string().nullable(),
  status: suggestionStatusSchema,
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  isPublic: z.boolean(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestionListQuerySchema = z
  .object({
    status: suggestionStatusSchema.optional(),
    unitId: idSchema.optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict();

/** A staff member's suggestion about a unit (no proof of work: the account is known). */
export const createSuggestionSchema = z
  .object({
    unitId: idSchema,
    domainId: idSchema.nullish(),
    title: nameText(100),
    content,
  })
  .strict();
export type CreateSuggestionInput = z.infer<typeof createSuggestionSchema>;

export const answerSuggestionSchema = z.object({ answer: content }).strict();
export const publishSuggestionSchema = z.object({ publish: z.boolean() }).strict();
/** Closing takes no fields; the body may be absent or `{}` (declared so the API description names it). */
export const closeSuggestionSchema = z.object({}).strict().nullish();

// ---------------------------------------------------------------- public (portal)

/**
 * A citizen's suggestion. `altcha` is the base64 payload of the solved proof of work (the
 * format of the altcha widget); it is checked by the service, so a missing one answers
 * PROOF_OF_WORK_INVALID like an invalid one. Name and contact are optional and never published.
 */
export const submitPublicSuggestionSchema = z
  .object({
    unitId: idSchema.nullish(),
    domainId: idSchema.nullish(),
    title: nameText(100),
    content,
    name: optionalText(50),
    contact: optionalText(100),
    altcha: z.string().max(10_000).nullish(),
  })
  .strict();
export type SubmitPublicSuggestionInput = z.infer<typeof submitPublicSuggestionSchema>;

export const submittedSuggestionSchema = z.object({ trackingCode: z.string() });

export const trackingCodeParamsSchema = z.object({ trackingCode: z.string().trim().min(1).max(40) }).strict();

/** What the submitter sees by tracking code: the answer once there is one, never personal data. */
export const suggestionTrackingSchema = z.object({
  trackingCode: z.string(),
  title: z.string(),
  content: z.string(),
  status: suggestionStatusSchema,
  unitName: z.string(),
  domainTitle: z.string().nullable(),
  createdAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type SuggestionTracking = z.infer<typeof suggestionTrackingSchema>;

/** A published suggestion with its answer, as the public list shows it. */
export const publicSuggestionSchema = z.object({
  id: idSchema,
  title: z.string(),
  content: z.string(),
  unitName: z.string(),
  domainTitle: z.string().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type PublicSuggestion = z.infer<typeof publicSuggestionSchema>;

export const publicSuggestionListQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();

export const publicSuggestionListSchema = z.object({
  items: z.array(publicSuggestionSchema),
  total: z.number().int(),
});
