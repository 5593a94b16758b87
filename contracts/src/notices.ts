import { z } from 'zod';
import {
  auditEvent,
  auditField,
  createdEvent,
  deletedEvent,
  transitionEvent,
  updatedEvent,
} from './core/audit';
import {
  dateSchema,
  idParamsSchema,
  idSchema,
  nameText,
  okSchema,
  pageOf,
  pageQuery,
  queryInt,
  searchText,
  text,
} from './core/common';
import { binaryResponse, defineRoutes } from './core/http';
import { type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';
import { DOCX_MEDIA_TYPE } from './monthly-reports';

/**
 * 通报 — notices: decisions and typical cases circulated internally or publicly as an official
 * document (GB/T 9704-2012, Word .docx) and, when public, on the portal. A notice is drafted by
 * its issuing unit (a supervision office, the campaign office) — by hand or composed from source
 * records (a supervision item's 通报批评, later decided accountability cases) — approved by someone
 * who did not write it (四眼原则), and issued with its document number (示督〔2026〕3号).
 */

// ---------------------------------------------------------------- vocabularies

export const NOTICE_KINDS = [
  'typical_cases', // 典型案例通报
  'criticism', // 通报批评
  'free_text', // 其他通报
] as const;
export const noticeKindSchema = z.enum(NOTICE_KINDS);
export type NoticeKind = z.infer<typeof noticeKindSchema>;

/** The kinds a notice can be composed from source records of (a module registers each source). */
export const NOTICE_SOURCE_KINDS = ['typical_cases', 'criticism'] as const satisfies readonly NoticeKind[];
export const noticeSourceKindSchema = z.enum(NOTICE_SOURCE_KINDS);
export type NoticeSourceKind = z.infer<typeof noticeSourceKindSchema>;

export const NOTICE_VISIBILITIES = ['internal', 'public'] as const;
export const noticeVisibilitySchema = z.enum(NOTICE_VISIBILITIES);
export type NoticeVisibility = z.infer<typeof noticeVisibilitySchema>;

// ---------------------------------------------------------------- the lifecycle

export const NOTICE_STATUSES = [
  'draft', // 拟稿
  'submitted', // 待审核
  'approved', // 已审核（待印发）
  'issued', // 已印发
] as const;
export const noticeStatusSchema = z.enum(NOTICE_STATUSES);
export type NoticeStatus = z.infer<typeof noticeStatusSchema>;

export const NOTICE_WORKFLOW = defineWorkflow({
  recordType: 'notice',
  states: NOTICE_STATUSES,
  actions: {
    /** 送审: the drafter hands the notice to an approver. */
    submit: {
      from: ['draft'],
      to: 'submitted',
      permission: 'notice.draft',
      audit: 'notice.submitted',
    },
    /** 撤回: the drafting office takes it back before it is decided (a mistake found). */
    withdraw: {
      from: ['submitted'],
      to: 'draft',
      permission: 'notice.draft',
      audit: 'notice.withdrawn',
    },
    /** 退回修改, with the reason. */
    return: {
      from: ['submitted'],
      to: 'draft',
      permission: 'notice.approve',
      audit: 'notice.returned',
      input: { field: 'reason', required: true },
    },
    /** 审核同意: never by anyone who wrote or submitted it (NOTICE_FOUR_EYES). */
    approve: {
      from: ['submitted'],
      to: 'approved',
      permission: 'notice.approve',
      audit: 'notice.approved',
      input: { field: 'opinion', required: false },
    },
    /** 印发: the document number is assigned and, for a public notice, it appears on the portal. */
    issue: {
      from: ['approved'],
      to: 'issued',
      permission: 'notice.draft',
      audit: 'notice.issued',
    },
  },
});
export type NoticeAction = keyof typeof NOTICE_WORKFLOW.actions;

// ---------------------------------------------------------------- the body

/** Longest text accepted per field. */
export const NOTICE_TEXT_LIMITS = {
  issuer: 60,
  title: 200,
  recipients: 500,
  heading: 200,
  paragraph: 4000,
  signature: 100,
  cc: 100,
  prefix: 20,
} as const;

/**
 * One section of the body: a heading (numbered by depth when rendered: 一、（一）1.（1）), its
 * paragraphs and its sub-sections — the `DocumentSection` of the server's official document
 * builder. At most four levels deep, as GB/T 9704 numbers them.
 */
export interface NoticeSection {
  heading?: string | null | undefined;
  paragraphs?: string[] | undefined;
  sections?: NoticeSection[] | undefined;
}

function sectionLevel(inner?: z.ZodType<NoticeSection>): z.ZodType<NoticeSection> {
  return z
    .object({
      heading: text().trim().max(NOTICE_TEXT_LIMITS.heading).nullish(),
      paragraphs: z.array(text().trim().max(NOTICE_TEXT_LIMITS.paragraph)).max(200).optional(),
      ...(inner ? { sections: z.array(inner).max(50).optional() } : {}),
    })
    .strict() as z.ZodType<NoticeSection>;
}

export const noticeSectionSchema = sectionLevel(sectionLevel(sectionLevel(sectionLevel())));
export const noticeBodySchema = z.array(noticeSectionSchema).max(50);

const CHINESE_DIGITS = '零一二三四五六七八九';
/** 1 → 一, 10 → 十, 12 → 十二, 35 → 三十五 (up to 99), as the headings are numbered. */
export function noticeNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}

/** The number of a heading at a depth (0-based): 一、（一）1.（1）— as the .docx numbers it. */
export function noticeHeadingNumber(depth: number, n: number): string {
  if (depth === 0) return `${noticeNumeral(n)}、`;
  if (depth === 1) return `（${noticeNumeral(n)}）`;
  if (depth === 2) return `${n}.`;
  return `（${n}）`;
}

const NUMERAL = '[一二三四五六七八九十]+';
/** A heading line of the simple text format, by depth: 一、 （一） 1. （1）. */
const HEADING_LINE = [
  new RegExp(`^${NUMERAL}、\\s*(.*)$`),
  new RegExp(`^[（(]${NUMERAL}[）)]\\s*(.*)$`),
  /^[0-9]{1,2}[.．]\s*(.*)$/,
  /^[（(][0-9]{1,2}[）)]\s*(.*)$/,
];

/**
 * The editor's simple text format → sections: a line starting with 一、 is a heading of the first
 * level, （一） of the second, 1. of the third, （1） of the fourth (the number typed is replaced
 * by the number of its position); every other non-empty line is a paragraph of the heading above
 * it (before any heading: the opening paragraphs). A heading deeper than the one above it by more
 * than one level is taken one level below it.
 */
export function parseNoticeText(source: string): NoticeSection[] {
  const root: NoticeSection[] = [];
  /** The open section at each depth. */
  const open: NoticeSection[] = [];
  const lines = source.split(/\r?\n/).map((l) => l.trim());
  for (const line of lines) {
    if (line === '') continue;
    const depth = HEADING_LINE.findIndex((re) => re.test(line));
    if (depth >= 0) {
      const level = Math.min(depth, open.length);
      const section: NoticeSection = { heading: HEADING_LINE[depth]!.exec(line)![1]!.trim(), paragraphs: [] };
      if (level === 0) root.push(section);
      else {
        const parent = open[level - 1]!;
        parent.sections = [...(parent.sections ?? []), section];
      }
      open.length = level;
      open.push(section);
      continue;
    }
    let current = open[open.length - 1];
    if (!current) {
      // Opening paragraphs (before the first heading) sit in a section without a heading.
      current = root[root.length - 1];
      if (!current || current.heading || current.sections) {
        current = { paragraphs: [] };
        root.push(current);
      }
    }
    // Paragraphs after a section's sub-sections would be rendered before them: they join the last one.
    current.paragraphs = [...(current.paragraphs ?? []), line];
  }
  return prune(root);
}

function prune(sections: NoticeSection[]): NoticeSection[] {
  return sections.map((s) => {
    const out: NoticeSection = {};
    if (s.heading) out.heading = s.heading;
    if (s.paragraphs && s.paragraphs.length > 0) out.paragraphs = s.paragraphs;
    if (s.sections && s.sections.length > 0) out.sections = prune(s.sections);
    return out;
  });
}

/** Sections → the editor's simple text format, headings numbered by their position. */
export function noticeText(sections: readonly NoticeSection[], depth = 0): string {
  const lines: string[] = [];
  let n = 0;
  for (const s of sections) {
    if (s.heading) {
      n += 1;
      lines.push(`${noticeHeadingNumber(Math.min(depth, 3), n)}${s.heading}`);
    }
    for (const p of s.paragraphs ?? [])
      for (const line of p.split(/\r?\n/)) if (line.trim()) lines.push(line.trim());
    if (s.sections?.length) lines.push(noticeText(s.sections, s.heading ? depth + 1 : depth));
  }
  return lines.join('\n');
}

/** The body's text, for search and for the list's excerpt. */
export function noticePlainText(sections: readonly NoticeSection[]): string {
  return sections
    .flatMap((s) => [s.heading ?? '', ...(s.paragraphs ?? []), noticePlainText(s.sections ?? [])])
    .filter(Boolean)
    .join('\n');
}

// ---------------------------------------------------------------- the notice

export const noticeSchema = z
  .object({
    id: idSchema,
    campaignId: idSchema,
    /** The issuing unit (发文机关): the notice belongs to it. */
    unitId: idSchema,
    unitName: z.string(),
    kind: noticeKindSchema,
    visibility: noticeVisibilitySchema,
    status: noticeStatusSchema,
    /** 发文机关标志, e.g. 示范市人民政府督查室. */
    issuer: z.string(),
    /** 发文字号 (示督〔2026〕3号): assigned on issue, null before. */
    documentNumber: z.string().nullable(),
    title: z.string(),
    /** 主送机关. */
    recipients: z.string(),
    body: z.array(noticeSectionSchema),
    /** 发文机关署名. */
    signature: z.string(),
    /** 成文日期: set by the drafter, or the day of issue. */
    date: dateSchema.nullable(),
    /** 抄送机关. */
    cc: z.array(z.string()),
    /** The records it was composed from, in their own module, and how they are shown. */
    sourceKind: noticeSourceKindSchema.nullable(),
    sourceIds: z.array(idSchema),
    sourceLabels: z.array(z.string()),
    /** The reason of the last return, while it is a draft again. */
    returnReason: z.string().nullable(),
    /** The caller drafted, edited or submitted it: the caller may not approve it (四眼原则). */
    authoredByYou: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    issuedAt: z.string().nullable(),
  })
  .meta({ id: 'Notice' });
export type Notice = z.infer<typeof noticeSchema>;

const noticeFields = {
  visibility: noticeVisibilitySchema,
  issuer: nameText(NOTICE_TEXT_LIMITS.issuer),
  title: nameText(NOTICE_TEXT_LIMITS.title),
  recipients: text().trim().max(NOTICE_TEXT_LIMITS.recipients),
  body: noticeBodySchema,
  signature: nameText(NOTICE_TEXT_LIMITS.signature),
  date: dateSchema.nullable(),
  cc: z.array(nameText(NOTICE_TEXT_LIMITS.cc)).max(30),
};

export const createNoticeSchema = z
  .object({
    /** Default: the campaign the issuing unit works under. */
    campaignId: idSchema.optional(),
    unitId: idSchema,
    kind: noticeKindSchema.default('free_text'),
    ...noticeFields,
    visibility: noticeFields.visibility.default('internal'),
    /** Default: the issuing unit's name. */
    issuer: noticeFields.issuer.optional(),
    recipients: noticeFields.recipients.default(''),
    body: noticeFields.body.default([]),
    /** Default: the issuing unit's name. */
    signature: noticeFields.signature.optional(),
    date: noticeFields.date.optional(),
    cc: noticeFields.cc.default([]),
  })
  .strict();
export type CreateNoticeInput = z.infer<typeof createNoticeSchema>;

export const composeNoticeSchema = z
  .object({
    campaignId: idSchema.optional(),
    unitId: idSchema,
    kind: noticeSourceKindSchema,
    sourceIds: z.array(idSchema).min(1).max(50),
    visibility: noticeVisibilitySchema.default('internal'),
  })
  .strict();
export type ComposeNoticeInput = z.infer<typeof composeNoticeSchema>;

export const updateNoticeSchema = z.object(noticeFields).partial().strict();
export type UpdateNoticeInput = z.infer<typeof updateNoticeSchema>;

export const noticeListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    /** Notices of this issuing unit. */
    unitId: idSchema.optional(),
    status: noticeStatusSchema.optional(),
    kind: noticeKindSchema.optional(),
    visibility: noticeVisibilitySchema.optional(),
    /** Submitted notices the caller may approve: in its approval scope and not written by it. */
    toApprove: z.enum(['true']).optional(),
    /** In the title and the document number. */
    q: searchText(),
    ...pageQuery,
  })
  .strict();
export type NoticeListQuery = z.infer<typeof noticeListQuerySchema>;

/** A record a notice may be composed from, as the picker lists it. */
export const noticeSourceCandidateSchema = z.object({
  id: idSchema,
  /** A code or short title (督-2026-0007). */
  label: z.string(),
  /** One line: the unit and what happened. */
  description: z.string(),
  unitName: z.string(),
  /** When it happened (YYYY-MM-DD). */
  date: dateSchema,
});
export type NoticeSourceCandidate = z.infer<typeof noticeSourceCandidateSchema>;

export const noticeSourceQuerySchema = z.object({ kind: noticeSourceKindSchema }).strict();
export const noticeSourceListSchema = z.object({
  /** False when no module offers sources of this kind yet. */
  available: z.boolean(),
  items: z.array(noticeSourceCandidateSchema),
});

/** 发文字号 prefix (机关代字) of an issuing unit. */
export const noticePrefixSchema = z
  .object({
    unitId: idSchema,
    unitName: z.string(),
    prefix: z.string(),
    /** Not set by anyone: derived from the unit's and the city's names. */
    isDefault: z.boolean(),
  })
  .meta({ id: 'NoticePrefix' });
export type NoticePrefix = z.infer<typeof noticePrefixSchema>;

export const noticePrefixQuerySchema = z.object({ unitId: idSchema }).strict();
export const setNoticePrefixSchema = z
  .object({
    unitId: idSchema,
    // 机关代字: no blanks, brackets or digits (the year and the number follow it).
    prefix: nameText(NOTICE_TEXT_LIMITS.prefix).refine((v) => /^[^\s〔〕[\]0-9]+$/.test(v), {
      message: 'no blanks, brackets or digits',
      params: { key: 'notices.prefix_invalid' },
    }),
  })
  .strict();
export type SetNoticePrefixInput = z.infer<typeof setNoticePrefixSchema>;

// ---------------------------------------------------------------- the portal

/** An issued public notice as the portal shows it: its own text only, nothing of its sources. */
export const publicNoticeSchema = z
  .object({
    id: idSchema,
    kind: noticeKindSchema,
    issuer: z.string(),
    documentNumber: z.string(),
    title: z.string(),
    recipients: z.string(),
    body: z.array(noticeSectionSchema),
    signature: z.string(),
    date: dateSchema,
    cc: z.array(z.string()),
    issuedAt: z.string(),
  })
  .meta({ id: 'PublicNotice' });
export type PublicNotice = z.infer<typeof publicNoticeSchema>;

export const publicNoticeListSchema = z.object({
  items: z.array(publicNoticeSchema),
  total: z.number().int(),
});
export const publicNoticeQuerySchema = z
  .object({
    limit: queryInt({ min: 1, max: 100 }).default(20),
    offset: queryInt({ min: 0, max: 100_000 }).default(0),
  })
  .strict();
export type PublicNoticeQuery = z.infer<typeof publicNoticeQuerySchema>;

// ---------------------------------------------------------------- the contract

const noticeAuditShape = {
  campaignId: auditField.id,
  unitId: auditField.id,
  kind: auditField.text,
  visibility: auditField.text,
  issuer: auditField.text,
  title: auditField.text,
  recipients: auditField.text,
  /** The body in the editor's text format (headings numbered). */
  body: auditField.text,
  signature: auditField.text,
  date: auditField.date,
  cc: auditField.ids,
  sourceKind: auditField.text,
  sourceIds: auditField.ids,
  sourceLabels: auditField.ids,
};

const listNoticesRoute = {
  method: 'GET',
  path: '/api/notices',
  tags: ['notices'],
  summary: "Notices (通报) of the issuing units in the caller's scope, newest first",
  access: { permission: 'notice.read' },
  query: noticeListQuerySchema,
  response: { 200: pageOf(noticeSchema) },
} as const;

const NOTICE_KIND_LABELS: Record<NoticeKind, Localized> = {
  typical_cases: { 'zh-CN': '典型案例通报', 'en-US': 'Typical cases' },
  criticism: { 'zh-CN': '通报批评', 'en-US': 'Circulated criticism' },
  free_text: { 'zh-CN': '其他通报', 'en-US': 'Other notice' },
};
const NOTICE_VISIBILITY_LABELS: Record<NoticeVisibility, Localized> = {
  internal: { 'zh-CN': '内部', 'en-US': 'Internal' },
  public: { 'zh-CN': '公开', 'en-US': 'Public' },
};
const NOTICE_STATUS_LABELS: Record<NoticeStatus, Localized> = {
  draft: { 'zh-CN': '拟稿', 'en-US': 'Draft' },
  submitted: { 'zh-CN': '待审核', 'en-US': 'Awaiting approval' },
  approved: { 'zh-CN': '已审核', 'en-US': 'Approved' },
  issued: { 'zh-CN': '已印发', 'en-US': 'Issued' },
};

/** 通报登记表: one row per notice, its document details as the list shows them (not the body). */
const noticeExport = {
  recordType: 'notice',
  title: { 'zh-CN': '通报登记表', 'en-US': 'Notices' },
  fileName: { 'zh-CN': '通报登记表', 'en-US': 'notices' },
  columns: [
    {
      header: { 'zh-CN': '发文字号', 'en-US': 'Document number' },
      value: (n) => n.documentNumber,
      width: 18,
    },
    { header: { 'zh-CN': '标题', 'en-US': 'Title' }, value: (n) => n.title, width: 40 },
    {
      header: { 'zh-CN': '通报类型', 'en-US': 'Kind' },
      value: (n) => n.kind,
      format: { labels: NOTICE_KIND_LABELS },
      width: 14,
    },
    { header: { 'zh-CN': '发文机关', 'en-US': 'Issuer' }, value: (n) => n.issuer, width: 24 },
    { header: { 'zh-CN': '主送机关', 'en-US': 'Recipients' }, value: (n) => n.recipients, width: 30 },
    {
      header: { 'zh-CN': '公开属性', 'en-US': 'Visibility' },
      value: (n) => n.visibility,
      format: { labels: NOTICE_VISIBILITY_LABELS },
      width: 10,
    },
    { header: { 'zh-CN': '成文日期', 'en-US': 'Dated' }, value: (n) => n.date, format: 'date', width: 12 },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (n) => n.status,
      format: { labels: NOTICE_STATUS_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '印发时间', 'en-US': 'Issued at' },
      value: (n) => n.issuedAt,
      format: 'datetime',
      width: 18,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listNotices', typeof listNoticesRoute>>[2];

export const noticesContract = defineModuleContract({
  name: 'notices',
  permissions: ['notice.read', 'notice.draft', 'notice.approve'],
  grants: {
    campaign_admin: ['notice.read', 'notice.draft'],
    supervisor: ['notice.read', 'notice.draft', 'notice.approve'],
    leader: ['notice.read', 'notice.approve'],
    inspector: ['notice.read'],
    // A unit's own notices (their scope is their unit); other units' public ones are on the portal.
    unit_staff: ['notice.read'],
    unit_leader: ['notice.read'],
  },
  records: { notice: { readPermission: 'notice.read' } },
  auditEvents: [
    createdEvent('notice.created', 'notice', noticeAuditShape),
    listExportedEvent('notice'),
    updatedEvent('notice.updated', 'notice', noticeAuditShape),
    deletedEvent('notice.deleted', 'notice', noticeAuditShape),
    transitionEvent('notice.submitted', 'notice'),
    transitionEvent('notice.withdrawn', 'notice'),
    transitionEvent('notice.returned', 'notice'),
    transitionEvent('notice.approved', 'notice'),
    // The issue assigns the document number (and the date when the drafter left it open).
    transitionEvent('notice.issued', 'notice', { documentNumber: auditField.text, date: auditField.date }),
    auditEvent('notice.downloaded', 'notice', {
      after: z.object({ format: z.literal('docx'), documentNumber: auditField.text }).strict(),
    }),
    updatedEvent('notice.prefix_set', 'notice', { prefix: auditField.text }),
  ],
  errors: { NOTICE_FOUR_EYES: 403, NOTICE_NUMBER_TAKEN: 409 },
  routes: defineRoutes({
    listNotices: listNoticesRoute,
    exportNotices: listExportRoute('listNotices', listNoticesRoute, noticeExport),
    listNoticeSources: {
      method: 'GET',
      path: '/api/notices/sources',
      tags: ['notices'],
      summary: 'The records a notice of a kind may be composed from, as the caller may read them',
      access: { permission: 'notice.draft' },
      query: noticeSourceQuerySchema,
      response: { 200: noticeSourceListSchema },
    },
    getNoticePrefix: {
      method: 'GET',
      path: '/api/notices/document-prefix',
      tags: ['notices'],
      summary: "An issuing unit's document number prefix (机关代字, e.g. 示督)",
      access: { permission: 'notice.read' },
      query: noticePrefixQuerySchema,
      response: { 200: noticePrefixSchema },
    },
    setNoticePrefix: {
      method: 'PUT',
      path: '/api/notices/document-prefix',
      tags: ['notices'],
      summary: "Set an issuing unit's document number prefix (numbers already issued stay)",
      access: { permission: 'notice.draft' },
      body: setNoticePrefixSchema,
      response: { 200: noticePrefixSchema },
    },
    getNotice: {
      method: 'GET',
      path: '/api/notices/:id',
      tags: ['notices'],
      summary: 'One notice',
      access: { permission: 'notice.read' },
      record: 'notice',
      params: idParamsSchema,
      response: { 200: noticeSchema },
    },
    getNoticeDocx: {
      method: 'GET',
      path: '/api/notices/:id/docx',
      tags: ['notices'],
      summary: 'The notice as Word .docx in the official document layout (GB/T 9704-2012; audited)',
      access: { permission: 'notice.read' },
      record: 'notice',
      params: idParamsSchema,
      response: { 200: binaryResponse(DOCX_MEDIA_TYPE, 'A Word document') },
    },
    createNotice: {
      method: 'POST',
      path: '/api/notices',
      tags: ['notices'],
      summary: 'Draft a notice by hand for an issuing unit in scope',
      access: { permission: 'notice.draft' },
      body: createNoticeSchema,
      response: { 201: noticeSchema },
    },
    composeNotice: {
      method: 'POST',
      path: '/api/notices/compose',
      tags: ['notices'],
      summary: 'Draft a notice composed from source records (通报批评, typical cases): the body pre-filled',
      access: { permission: 'notice.draft' },
      body: composeNoticeSchema,
      response: { 201: noticeSchema },
    },
    updateNotice: {
      method: 'PATCH',
      path: '/api/notices/:id',
      tags: ['notices'],
      summary: 'Edit a draft notice',
      access: { permission: 'notice.draft' },
      record: 'notice',
      params: idParamsSchema,
      body: updateNoticeSchema,
      response: { 200: noticeSchema },
    },
    deleteNotice: {
      method: 'DELETE',
      path: '/api/notices/:id',
      tags: ['notices'],
      summary: 'Delete a draft notice',
      access: { permission: 'notice.draft' },
      record: 'notice',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    ...workflowRoutes(NOTICE_WORKFLOW, {
      name: 'Notice',
      basePath: '/api/notices/:id',
      tags: ['notices'],
      response: noticeSchema,
      summaries: {
        submit: 'Submit the draft for approval (送审)',
        withdraw: 'Take a submitted notice back to draft (撤回)',
        return: 'Return the notice to its drafter, with a reason (退回修改)',
        approve: 'Approve the notice (审核同意); never by anyone who drafted or submitted it',
        issue: 'Issue the approved notice (印发): its document number is assigned',
      },
    }),

    // ---- public portal
    listPublicNotices: {
      method: 'GET',
      path: '/api/portal/notices',
      tags: ['portal'],
      summary: 'Issued public notices (通报), newest first',
      access: { public: true },
      query: publicNoticeQuerySchema,
      response: { 200: publicNoticeListSchema },
    },
    getPublicNotice: {
      method: 'GET',
      path: '/api/portal/notices/:id',
      tags: ['portal'],
      summary: 'One issued public notice: its own text',
      access: { public: true },
      params: idParamsSchema,
      errors: [404],
      response: { 200: publicNoticeSchema },
    },
    getPublicNoticeDocx: {
      method: 'GET',
      path: '/api/portal/notices/:id/docx',
      tags: ['portal'],
      summary: 'One issued public notice as Word .docx (GB/T 9704-2012)',
      access: { public: true },
      params: idParamsSchema,
      errors: [404],
      response: { 200: binaryResponse(DOCX_MEDIA_TYPE, 'A Word document') },
    },
  }),
});
