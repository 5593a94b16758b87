import { z } from 'zod';
import { CASE_STATUSES, LEAD_STATUSES } from './accountability';
import { auditEvent } from './core/audit';
import { dateSchema, idSchema, pageOf, pageQuery, text } from './core/common';
import { defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';
import { DUTY_ITEM_STATUSES } from './duties';
import { NOTICE_STATUSES } from './notices';
import { RECTIFICATION_STATUSES } from './rectification';
import { SUGGESTION_STATUSES } from './suggestions';
import { SUPERVISION_ITEM_STATUSES } from './supervision';

/**
 * The record types staff search reads, each through the module that owns it (its search source,
 * registered on the server) and the permission that reads it.
 */
export const SEARCH_RECORD_TYPES = [
  'lead',
  'supervision_item',
  'rectification_item',
  'key_task',
  'suggestion',
  'notice',
  'accountability_case',
  'duty_item',
] as const;
export type SearchRecordType = (typeof SEARCH_RECORD_TYPES)[number];

/**
 * The statuses a result of each type may have (the status filter's choices). A key task's status
 * is derived; search tells completed, overdue and the rest (on track, due soon included).
 */
export const SEARCH_STATUSES: Record<SearchRecordType, readonly string[]> = {
  lead: LEAD_STATUSES,
  supervision_item: SUPERVISION_ITEM_STATUSES,
  rectification_item: RECTIFICATION_STATUSES,
  key_task: ['on_track', 'overdue', 'completed'],
  suggestion: SUGGESTION_STATUSES,
  notice: NOTICE_STATUSES,
  accountability_case: CASE_STATUSES,
  // The latest version's: never superseded (a superseded version is never the latest).
  duty_item: DUTY_ITEM_STATUSES.filter((s) => s !== 'superseded'),
};

/** The longest query: a sentence, not a document. */
export const SEARCH_QUERY_MAX = 100;

/**
 * What staff type in the search box: words separated by spaces, each of which must occur in the
 * record. At least one word of two characters or more, since the index holds character pairs
 * (docs/design/search.md); a query of single characters only would read every record.
 */
const searchQuery = text()
  .trim()
  .min(1)
  .max(SEARCH_QUERY_MAX)
  .refine((q) => q.split(/\s+/).some((word) => [...word].length >= 2), {
    error: 'at least one word of two characters',
    params: { key: 'search.query_too_short' },
  });

export const searchQuerySchema = z
  .object({
    q: searchQuery,
    type: z.enum(SEARCH_RECORD_TYPES).optional(),
    unitId: idSchema.optional(),
    domainId: idSchema.optional(),
    /** A status of the record's own workflow (`open`, `received`…): records of other types do not have it. */
    status: text()
      .regex(/^[a-z_]{1,40}$/)
      .optional(),
    /** Created on or after this day (Asia/Shanghai). */
    from: dateSchema.optional(),
    /** Created on or before this day (Asia/Shanghai). */
    to: dateSchema.optional(),
    ...pageQuery,
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** A piece of a highlighted text: the matched words are `match: true`. The web marks them, never injects HTML. */
export const searchSegmentSchema = z
  .object({ text: z.string(), match: z.boolean() })
  .meta({ id: 'SearchSegment' });
export type SearchSegment = z.infer<typeof searchSegmentSchema>;

export const searchResultSchema = z
  .object({
    recordType: z.enum(SEARCH_RECORD_TYPES),
    id: idSchema,
    /** The record's title (a lead's summary), highlighted. */
    title: z.array(searchSegmentSchema),
    /** Up to about 120 characters of its text around the first match, highlighted; empty when only the title matched. */
    snippet: z.array(searchSegmentSchema),
    unitId: idSchema,
    unitName: z.string(),
    domainId: idSchema.nullable(),
    status: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof searchResultSchema>;

/**
 * Staff search (一键检索): one box over the records a person may read, each type read through its
 * own module's permission and data scope. Every search is audited (the query and the count).
 */
export const searchContract = defineModuleContract({
  name: 'search',
  permissions: [],
  grants: {},
  records: {},
  auditEvents: [
    auditEvent('search.performed', 'search', {
      after: z
        .object({
          q: z.string(),
          filters: z.record(z.string(), z.string()),
          count: z.number().int(),
          countExact: z.boolean(),
        })
        .strict(),
    }),
  ],
  errors: {},
  routes: defineRoutes({
    searchRecords: {
      method: 'GET',
      path: '/api/search',
      tags: ['search'],
      summary:
        'Search the records the caller may read (leads, supervision items, ledger items, key tasks, suggestions, notices), newest first, with highlights (audited)',
      // Each record type is read with its own permission; a person holding none finds nothing.
      access: { signedIn: true },
      query: searchQuerySchema,
      response: { 200: pageOf(searchResultSchema) },
    },
  }),
});
