import { z } from 'zod';
import { auditEvent, auditField, createdEvent, transitionEvent, viewedEvent } from './core/audit';
import {
  dateSchema,
  idParamsSchema,
  idSchema,
  nameText,
  optionalText,
  pageOf,
  pageQuery,
  queryInt,
  searchText,
  text,
} from './core/common';
import { defineRoutes } from './core/http';
import { type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';

/** received → answered → published (answer public); answered/published → closed. */
export const SUGGESTION_STATUSES = ['received', 'answered', 'published', 'closed'] as const;
export const suggestionStatusSchema = z.enum(SUGGESTION_STATUSES);
export type SuggestionStatus = z.infer<typeof suggestionStatusSchema>;

export const SUGGESTION_CHANNELS = ['public', 'staff'] as const;
export const suggestionChannelSchema = z.enum(SUGGESTION_CHANNELS);

/** Longest answer or suggestion text. */
const CONTENT_MAX = 5000;

/**
 * The handling of a suggestion: the unit answers (and may correct its answer until it is
 * public), publishes the answer on the portal or takes it back, and closes it.
 */
export const SUGGESTION_WORKFLOW = defineWorkflow({
  recordType: 'suggestion',
  states: SUGGESTION_STATUSES,
  actions: {
    answer: {
      from: ['received', 'answered'],
      to: 'answered',
      permission: 'suggestion.answer',
      audit: 'suggestion.answered',
      input: { field: 'answer', required: true, max: CONTENT_MAX },
    },
    publish: {
      from: ['answered'],
      to: 'published',
      permission: 'suggestion.answer',
      audit: 'suggestion.published',
    },
    unpublish: {
      from: ['published'],
      to: 'answered',
      permission: 'suggestion.answer',
      audit: 'suggestion.unpublished',
    },
    close: {
      from: ['answered', 'published'],
      to: 'closed',
      permission: 'suggestion.answer',
      audit: 'suggestion.closed',
    },
  },
});
export type SuggestionAction = keyof typeof SUGGESTION_WORKFLOW.actions;

/**
 * Tracking codes: 'SG' and ten characters of an alphabet without look-alikes (no 0/O, 1/I/L),
 * so a code read aloud or copied by hand still works.
 */
export const TRACKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TRACKING_CODE_PATTERN = /^SG[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{10}$/;

const content = text().trim().min(1).max(CONTENT_MAX);

/**
 * 立行立改: what the unit did about a suggestion, recorded after answering it (several entries as
 * the work goes on) and shown beside the suggestion on the portal once it is published.
 */
export const suggestionActionSchema = z.object({
  id: idSchema,
  date: dateSchema,
  text: z.string(),
  byName: z.string().nullable(),
});
export type SuggestionActionTaken = z.infer<typeof suggestionActionSchema>;
export const publicSuggestionActionSchema = z.object({ date: dateSchema, text: z.string() });

export const recordSuggestionActionSchema = z.object({ text: content }).strict();

/** What a staff member sees; submitter name and contact are masked except on the audited single view. */
export const suggestionSchema = z
  .object({
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
    /** 立行立改: what the unit did, oldest first. */
    actions: z.array(suggestionActionSchema),
    isPublic: z.boolean(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Suggestion' });
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestionListQuerySchema = z
  .object({
    status: suggestionStatusSchema.optional(),
    unitId: idSchema.optional(),
    q: searchText(),
    ...pageQuery,
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
    /** Required; a missing one is refused like an invalid one (PROOF_OF_WORK_INVALID). */
    altcha: text().min(1).max(10_000),
  })
  .strict();
export type SubmitPublicSuggestionInput = z.infer<typeof submitPublicSuggestionSchema>;

export const submittedSuggestionSchema = z.object({ trackingCode: z.string() });

export const trackingCodeParamsSchema = z.object({ trackingCode: text().trim().min(1).max(40) }).strict();

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
  /** 立行立改: what the unit did, once answered. */
  actions: z.array(publicSuggestionActionSchema),
});
export type SuggestionTracking = z.infer<typeof suggestionTrackingSchema>;

/** A published suggestion with its answer, as the public list shows it. */
export const publicSuggestionSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    content: z.string(),
    unitName: z.string(),
    domainTitle: z.string().nullable(),
    answer: z.string().nullable(),
    answeredAt: z.string().nullable(),
    /** 立行立改: what the unit did, beside its answer. */
    actions: z.array(publicSuggestionActionSchema),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'PublicSuggestion' });
export type PublicSuggestion = z.infer<typeof publicSuggestionSchema>;

export const publicSuggestionListQuerySchema = z
  .object({
    limit: queryInt({ min: 1, max: 50 }).default(20),
    offset: queryInt({ min: 0, max: 100_000 }).default(0),
  })
  .strict();

export const publicSuggestionListSchema = z.object({
  items: z.array(publicSuggestionSchema),
  total: z.number().int(),
});

// ---------------------------------------------------------------- the contract

const suggestionAuditShape = {
  trackingCode: auditField.text,
  unitId: auditField.id,
  domainId: auditField.id,
  channel: auditField.text,
  title: auditField.text,
  status: auditField.text,
  isPublic: auditField.bool,
};

const BUSINESS_ROLES = [
  'campaign_admin',
  'supervisor',
  'inspector',
  'leader',
  'unit_staff',
  'unit_leader',
] as const;

const listSuggestionsRoute = {
  method: 'GET',
  path: '/api/suggestions',
  tags: ['suggestions'],
  summary: "Suggestions to units in the caller's scope (submitter masked)",
  access: { permission: 'suggestion.read' },
  query: suggestionListQuerySchema,
  response: { 200: pageOf(suggestionSchema) },
} as const;

const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, Localized> = {
  received: { 'zh-CN': '待答复', 'en-US': 'Awaiting answer' },
  answered: { 'zh-CN': '已答复', 'en-US': 'Answered' },
  published: { 'zh-CN': '答复已公开', 'en-US': 'Answer published' },
  closed: { 'zh-CN': '已办结', 'en-US': 'Closed' },
};
const SUGGESTION_CHANNEL_LABELS: Record<(typeof SUGGESTION_CHANNELS)[number], Localized> = {
  public: { 'zh-CN': '群众提交', 'en-US': 'Public' },
  staff: { 'zh-CN': '单位提交', 'en-US': 'Unit' },
};

/**
 * 意见建议台账: the suggestion and its answer, never the submitter — the list masks the name and
 * contact, and a sheet would carry them out of the audited single view.
 */
const suggestionExport = {
  recordType: 'suggestion',
  title: { 'zh-CN': '意见建议台账', 'en-US': 'Suggestions' },
  fileName: { 'zh-CN': '意见建议台账', 'en-US': 'suggestions' },
  columns: [
    { header: { 'zh-CN': '跟踪码', 'en-US': 'Tracking code' }, value: (s) => s.trackingCode, width: 16 },
    { header: { 'zh-CN': '标题', 'en-US': 'Title' }, value: (s) => s.title, width: 30 },
    { header: { 'zh-CN': '内容', 'en-US': 'Content' }, value: (s) => s.content, width: 50 },
    {
      header: { 'zh-CN': '渠道', 'en-US': 'Channel' },
      value: (s) => s.channel,
      format: { labels: SUGGESTION_CHANNEL_LABELS },
      width: 10,
    },
    { header: { 'zh-CN': '被建议单位', 'en-US': 'Unit' }, value: (s) => s.unitName, width: 22 },
    { header: { 'zh-CN': '所属领域', 'en-US': 'Domain' }, value: (s) => s.domainTitle, width: 18 },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (s) => s.status,
      format: { labels: SUGGESTION_STATUS_LABELS },
      width: 12,
    },
    { header: { 'zh-CN': '答复', 'en-US': 'Answer' }, value: (s) => s.answer, width: 50 },
    {
      header: { 'zh-CN': '答复时间', 'en-US': 'Answered at' },
      value: (s) => s.answeredAt,
      format: 'datetime',
      width: 18,
    },
    { header: { 'zh-CN': '公开', 'en-US': 'Public' }, value: (s) => s.isPublic, format: 'yesNo', width: 8 },
    {
      header: { 'zh-CN': '提交时间', 'en-US': 'Submitted at' },
      value: (s) => s.createdAt,
      format: 'datetime',
      width: 18,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listSuggestions', typeof listSuggestionsRoute>>[2];

/** 意见建议征集: suggestions from the public and from staff, answered by the unit, published. */
export const suggestionsContract = defineModuleContract({
  name: 'suggestions',
  permissions: ['suggestion.read', 'suggestion.submit', 'suggestion.answer'],
  grants: {
    ...Object.fromEntries(BUSINESS_ROLES.map((role) => [role, ['suggestion.read', 'suggestion.submit']])),
    campaign_admin: ['suggestion.read', 'suggestion.submit', 'suggestion.answer'],
    unit_staff: ['suggestion.read', 'suggestion.submit', 'suggestion.answer'],
    unit_leader: ['suggestion.read', 'suggestion.submit', 'suggestion.answer'],
  },
  records: { suggestion: { readPermission: 'suggestion.read' } },
  auditEvents: [
    createdEvent('suggestion.submitted', 'suggestion', suggestionAuditShape),
    listExportedEvent('suggestion'),
    transitionEvent('suggestion.answered', 'suggestion', {
      answer: auditField.text,
      isPublic: auditField.bool,
    }),
    transitionEvent('suggestion.published', 'suggestion', {
      answer: auditField.text,
      isPublic: auditField.bool,
    }),
    transitionEvent('suggestion.unpublished', 'suggestion', {
      answer: auditField.text,
      isPublic: auditField.bool,
    }),
    transitionEvent('suggestion.closed', 'suggestion', {
      answer: auditField.text,
      isPublic: auditField.bool,
    }),
    viewedEvent('suggestion.viewed', 'suggestion'),
    auditEvent('suggestion.action_recorded', 'suggestion', {
      after: z.object({ text: auditField.text, date: auditField.date }).strict(),
    }),
  ],
  errors: {},
  routes: defineRoutes({
    submitPublicSuggestion: {
      method: 'POST',
      path: '/api/portal/suggestions',
      tags: ['portal'],
      summary: 'Send a suggestion (proof of work required); answers the tracking code',
      access: { public: true },
      body: submitPublicSuggestionSchema,
      response: { 201: submittedSuggestionSchema },
    },
    trackSuggestion: {
      method: 'GET',
      path: '/api/portal/suggestions/:trackingCode',
      tags: ['portal'],
      summary: 'Status of a suggestion by its tracking code, with the answer once answered',
      access: { public: true },
      params: trackingCodeParamsSchema,
      response: { 200: suggestionTrackingSchema },
    },
    listPublicSuggestions: {
      method: 'GET',
      path: '/api/portal/suggestions',
      tags: ['portal'],
      summary: 'Published suggestions with their answers (never contact details)',
      access: { public: true },
      query: publicSuggestionListQuerySchema,
      response: { 200: publicSuggestionListSchema },
    },
    listSuggestions: listSuggestionsRoute,
    exportSuggestions: listExportRoute('listSuggestions', listSuggestionsRoute, suggestionExport),
    viewSuggestion: {
      method: 'GET',
      path: '/api/suggestions/:id',
      tags: ['suggestions'],
      summary: "One suggestion with the submitter's name and contact (the view is audited)",
      access: { permission: 'suggestion.read' },
      record: 'suggestion',
      params: idParamsSchema,
      response: { 200: suggestionSchema },
    },
    createSuggestion: {
      method: 'POST',
      path: '/api/suggestions',
      tags: ['suggestions'],
      summary: 'Send a suggestion to a unit as a staff member',
      access: { permission: 'suggestion.submit' },
      body: createSuggestionSchema,
      response: { 201: suggestionSchema },
    },
    recordSuggestionAction: {
      method: 'POST',
      path: '/api/suggestions/:id/actions',
      tags: ['suggestions'],
      summary:
        'Record what the unit did about an answered suggestion (立行立改; shown on the portal once published)',
      access: { permission: 'suggestion.answer' },
      record: 'suggestion',
      params: idParamsSchema,
      body: recordSuggestionActionSchema,
      response: { 200: suggestionSchema },
    },
    ...workflowRoutes(SUGGESTION_WORKFLOW, {
      name: 'Suggestion',
      basePath: '/api/suggestions/:id',
      tags: ['suggestions'],
      response: suggestionSchema,
      summaries: {
        answer: "The unit's answer (can be corrected until it is published)",
        publish: 'Publish the answered suggestion on the portal',
        unpublish: 'Take the answer back from the portal',
        close: 'Close an answered suggestion',
      },
    }),
  }),
});
