import { z } from 'zod';
import { phaseSchema } from './campaign';
import { dateSchema } from './core/common';
import { binaryResponse, defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';
import { COMMITMENT_STATUSES, type CommitmentStatus, commitmentStatusSchema } from './statements';

/**
 * 数据公开: what the portal already publishes, as downloadable datasets (CSV and JSON) with a
 * catalogue describing each field, and the campaign's public figures in aggregate. Public routes:
 * no personal data, no unpublished record (docs/design/open-data.md).
 */

/** A text in both languages: the catalogue carries both, the portal shows the visitor's. */
export const bilingualTextSchema = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/** Every value of a dataset is a scalar, so that its CSV and its JSON hold the same cells. */
export const OPEN_DATA_FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'datetime'] as const;
export type OpenDataFieldType = (typeof OPEN_DATA_FIELD_TYPES)[number];

export const openDataFieldSchema = z.object({
  /** The column's name in the CSV header and the key in each JSON object: stable. */
  name: z.string(),
  type: z.enum(OPEN_DATA_FIELD_TYPES),
  description: bilingualTextSchema,
});
export type OpenDataField = z.infer<typeof openDataFieldSchema>;

/** A dataset id: lower-case words joined by hyphens; it is part of the stable URLs. */
export const openDatasetIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const openDatasetSchema = z
  .object({
    id: z.string(),
    title: bilingualTextSchema,
    description: bilingualTextSchema,
    fields: z.array(openDataFieldSchema),
    rowCount: z.number().int(),
    /** The latest publication among its rows (null for an empty dataset or one without dates). */
    updatedAt: z.string().nullable(),
    /** Stable addresses of the downloads, relative to the site. */
    csvUrl: z.string(),
    jsonUrl: z.string(),
  })
  .meta({ id: 'OpenDataset' });
export type OpenDataset = z.infer<typeof openDatasetSchema>;

export const openDataCatalogueSchema = z.object({ datasets: z.array(openDatasetSchema) });
export type OpenDataCatalogue = z.infer<typeof openDataCatalogueSchema>;

/** One row of a dataset as JSON: its fields by name, each a scalar or null. */
export const openDataRowSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

const openDatasetParamsSchema = z.object({ dataset: openDatasetIdSchema }).strict();

const commitmentCountsSchema = z.record(commitmentStatusSchema, z.number().int());
export type CommitmentCounts = Record<CommitmentStatus, number>;
export const emptyCommitmentCounts = (): CommitmentCounts =>
  Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as CommitmentCounts;

/** The campaign's public figures (工作进展): counts of published records only, no person named. */
export const publicProgressSchema = z
  .object({
    campaign: z
      .object({
        name: z.string(),
        year: z.number().int(),
        currentPhase: phaseSchema.nullable(),
        phases: z.array(z.object({ phase: phaseSchema, startDate: dateSchema, endDate: dateSchema })),
      })
      .nullable(),
    /** The rows of each public dataset (published records). */
    datasets: z.array(z.object({ id: z.string(), title: bilingualTextSchema, rowCount: z.number().int() })),
    suggestions: z.object({
      published: z.number().int(),
      answered: z.number().int(),
      /** Published suggestions with at least one 立行立改 action. */
      withActions: z.number().int(),
    }),
    commitments: commitmentCountsSchema,
    /** Per domain of the campaign (and those filed under no domain, title null). */
    domains: z.array(
      z.object({
        title: z.string().nullable(),
        suggestions: z.number().int(),
        answeredSuggestions: z.number().int(),
        commitments: commitmentCountsSchema,
      }),
    ),
    /** Per unit with published commitments: the public overdue counter, most overdue first. */
    units: z.array(
      z.object({ unitName: z.string(), commitments: z.number().int(), overdue: z.number().int() }),
    ),
  })
  .meta({ id: 'PublicProgress' });
export type PublicProgress = z.infer<typeof publicProgressSchema>;

export const CSV_MEDIA_TYPE = 'text/csv';

export const openDataContract = defineModuleContract({
  name: 'openData',
  permissions: [],
  grants: {},
  records: {},
  auditEvents: [],
  errors: {},
  routes: defineRoutes({
    getOpenDataCatalogue: {
      method: 'GET',
      path: '/api/portal/open-data',
      tags: ['portal'],
      summary: 'The open data catalogue: each public dataset with its fields, row count and download URLs',
      access: { public: true },
      response: { 200: openDataCatalogueSchema },
    },
    downloadOpenDatasetCsv: {
      method: 'GET',
      path: '/api/portal/open-data/:dataset.csv',
      tags: ['portal'],
      summary: 'One public dataset as CSV (UTF-8 with BOM, RFC 4180, a header row of field names)',
      access: { public: true },
      params: openDatasetParamsSchema,
      errors: [304],
      response: { 200: binaryResponse(CSV_MEDIA_TYPE, 'The rows as CSV') },
    },
    downloadOpenDatasetJson: {
      method: 'GET',
      path: '/api/portal/open-data/:dataset.json',
      tags: ['portal'],
      summary: 'One public dataset as a JSON array of objects keyed by field name',
      access: { public: true },
      params: openDatasetParamsSchema,
      errors: [304],
      response: { 200: z.array(openDataRowSchema) },
    },
    getPublicProgress: {
      method: 'GET',
      path: '/api/portal/progress',
      tags: ['portal'],
      summary:
        "The campaign's public figures: published records, answers, commitments by status, overdue per unit",
      access: { public: true },
      response: { 200: publicProgressSchema },
    },
  }),
});
