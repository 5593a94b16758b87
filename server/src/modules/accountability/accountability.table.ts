import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { referencedTable } from '../../db/references';
import { person, unit, userAccount } from '../../platform/org/org.table';

const campaign = referencedTable('campaign');
const campaignDomain = referencedTable('campaign_domain');

const SOURCES = [
  'superior_assignment',
  'leader_instruction',
  'media_exposure',
  'public_report',
  'inspection',
  'other',
] as const;
const CONDUCTS = ['dare_not', 'cannot', 'will_not', 'misconduct', 'inaction', 'slow_action'] as const;

/** Numbers the leads of every campaign (线索编号 XS2026-0012): gaps are fine, repeats are not. */
export const leadCodeSequence = pgSequence('lead_code_seq');

/**
 * 问题线索: a problem lead. It belongs (data scope) to the unit holding it — the supervision
 * department or the office it was assigned to — never to the units it concerns: those, and the
 * persons it names, are arrays that only the handlers read (and that keep them from reading it).
 */
export const lead = pgTable(
  'lead',
  {
    id: idColumn(),
    code: text('code').notNull(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    source: text('source', { enum: SOURCES }).notNull(),
    sourceRef: text('source_ref'),
    /** A transfer's record in its own module (no foreign key: the module owns it). */
    sourceRecordType: text('source_record_type'),
    sourceRecordId: uuid('source_record_id'),
    summary: text('summary').notNull(),
    details: text('details').notNull(),
    concernedUnitIds: uuid('concerned_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    concernedPersonIds: uuid('concerned_person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    domainId: uuid('domain_id').references(() => campaignDomain.id),
    conduct: text('conduct', { enum: CONDUCTS }),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', {
      enum: ['received', 'accepted', 'shelved', 'closed', 'forwarded', 'merged', 'concluded'],
    }).notNull(),
    /** The day its handling ended (left 待受理 and 核查中), kept by every status change; null while open. */
    disposedOn: date('disposed_on', { mode: 'string' }),
    /** Disposed of (线索处置时效's denominator). Kept by the database, as the next two. */
    disposed: boolean('disposed').generatedAlwaysAs(sql`(disposed_on is not null)`),
    /** Disposed of on or before its handling deadline; null while open. */
    handledOnTime: boolean('handled_on_time').generatedAlwaysAs(sql`(disposed_on <= due_date)`),
    /** A handler wrote to the reporter (a public report's 响应): set when such a message is recorded. */
    handlerWrote: boolean('handler_wrote').notNull().default(false),
    /** A public report's satisfaction as the reporter stated it (its public_report's, copied on each change). */
    satisfaction: text('satisfaction', { enum: ['satisfied', 'basically_satisfied', 'dissatisfied'] }),
    disposal: text('disposal', {
      enum: [
        'talk_or_inquiry_letter',
        'preliminary_verification',
        'shelved',
        'closed_no_action',
        'forwarded',
        'merged',
      ],
    }),
    mergedIntoId: uuid('merged_into_id'),
    forwardedTo: text('forwarded_to'),
    caseId: uuid('case_id'),
    /** Public reports only: whether the reporter gave no name. */
    anonymous: boolean('anonymous'),
    parentCaseId: uuid('parent_case_id'),
    inquiryKind: text('inquiry_kind', { enum: ['primary_responsibility', 'oversight_responsibility'] }),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('lead_code_uq').on(t.code),
    // Newest first, walked per unit for the few-unit scopes (paging.ts).
    // INCLUDE (the columns the dashboard counts) is added by migration 0027, which drizzle cannot express.
    index('lead_unit_id_idx').on(t.unitId, t.id),
    index('lead_status_due_idx').on(t.status, t.dueDate),
    index('lead_campaign_idx').on(t.campaignId),
    index('lead_concerned_units_idx').using('gin', t.concernedUnitIds),
    index('lead_concerned_persons_idx').using('gin', t.concernedPersonIds),
    // A transfer arrives once, whatever runs the intake twice.
    uniqueIndex('lead_source_record_uq')
      .on(t.sourceRecordType, t.sourceRecordId)
      .where(sql`${t.sourceRecordId} is not null`),
    index('lead_parent_case_idx').on(t.parentCaseId),
  ],
);

/**
 * The leads counted by campaign, day received and one more column each (platform/tallies.ts): the
 * city's dashboard reads its lead figures here instead of counting 100,000 leads. Kept by the
 * database (migration 0029's triggers); columns named as the lead's, so the list's conditions read
 * them unchanged.
 */
export const leadSourceTally = pgTable(
  'lead_source_tally',
  {
    campaignId: uuid('campaign_id').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [index('lead_source_tally_idx').on(t.campaignId, t.receivedOn)],
);
export const leadConductTally = pgTable(
  'lead_conduct_tally',
  {
    campaignId: uuid('campaign_id').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    conduct: text('conduct'),
    n: integer('n').notNull(),
  },
  (t) => [index('lead_conduct_tally_idx').on(t.campaignId, t.receivedOn)],
);
export const leadDisposalTally = pgTable(
  'lead_disposal_tally',
  {
    campaignId: uuid('campaign_id').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    disposal: text('disposal'),
    n: integer('n').notNull(),
  },
  (t) => [index('lead_disposal_tally_idx').on(t.campaignId, t.receivedOn)],
);
export const leadDomainTally = pgTable(
  'lead_domain_tally',
  {
    campaignId: uuid('campaign_id').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    domainId: uuid('domain_id'),
    n: integer('n').notNull(),
  },
  (t) => [index('lead_domain_tally_idx').on(t.campaignId, t.receivedOn)],
);
/** The leads counted by what their rates ask (线索处置时效, the public reports' 三率). */
export const leadRateTally = pgTable(
  'lead_rate_tally',
  {
    campaignId: uuid('campaign_id').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    status: text('status').notNull(),
    disposal: text('disposal'),
    disposed: boolean('disposed'),
    handledOnTime: boolean('handled_on_time'),
    handlerWrote: boolean('handler_wrote').notNull(),
    satisfaction: text('satisfaction'),
    n: integer('n').notNull(),
  },
  (t) => [index('lead_rate_tally_idx').on(t.campaignId, t.receivedOn)],
);

/**
 * What only a public report has: the receipt code's lookup key (40 bits of a keyed digest of the
 * code; the first 8 digits for receipts issued before the ninth session) and a slow salted hash of
 * the whole code, and a named reporter's identity encrypted (SM4). No address, no
 * user agent, nothing that fingerprints the reporter.
 */
export const publicReport = pgTable(
  'public_report',
  {
    leadId: uuid('lead_id')
      .primaryKey()
      .references(() => lead.id, { onDelete: 'cascade' }),
    lookupKey: text('lookup_key').notNull(),
    /** argon2id in its PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash): each hash names its cost. */
    codeHash: text('code_hash').notNull(),
    named: boolean('named').notNull(),
    reporterNameEnc: text('reporter_name_enc'),
    reporterContactEnc: text('reporter_contact_enc'),
    /** When a handler first revealed the identity (the reporter sees that it happened). */
    revealedAt: timestamp('revealed_at', { withTimezone: true }),
    satisfaction: text('satisfaction', { enum: ['satisfied', 'basically_satisfied', 'dissatisfied'] }),
    appealedAt: timestamp('appealed_at', { withTimezone: true }),
    /**
     * The reporter's first word (a reply or evidence) that no handler's message has answered yet,
     * once a handler took the report up; null when the handler spoke last. Kept by the three
     * writers of the thread, so the list's filter is one indexed condition, not a walk of the thread.
     */
    awaitingReplySince: timestamp('awaiting_reply_since', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('public_report_lookup_uq').on(t.lookupKey),
    // The few reports waiting for an answer, out of all a city ever received.
    index('public_report_awaiting_reply_idx').on(t.leadId).where(sql`${t.awaitingReplySince} is not null`),
  ],
);

/** Messages between the handler and a public report's reporter. */
export const leadMessage = pgTable(
  'lead_message',
  {
    id: idColumn(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => lead.id, { onDelete: 'cascade' }),
    direction: text('direction', { enum: ['from_handler', 'from_reporter'] }).notNull(),
    body: text('body').notNull(),
    /** The handler's account; null for the reporter. */
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
  },
  (t) => [index('lead_message_lead_idx').on(t.leadId, t.id)],
);

/** 问责案件: an accepted lead under verification, determination and decision. */
export const accountabilityCase = pgTable(
  'accountability_case',
  {
    id: idColumn(),
    code: text('code').notNull(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => lead.id),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    disposal: text('disposal', { enum: ['talk_or_inquiry_letter', 'preliminary_verification'] }).notNull(),
    status: text('status', { enum: ['verifying', 'proposed', 'decided'] }).notNull(),
    handlerId: uuid('handler_id')
      .notNull()
      .references(() => userAccount.id),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    interviews: text('interviews'),
    findings: text('findings'),
    conclusion: text('conclusion', { enum: ['substantiated', 'partly_substantiated', 'not_substantiated'] }),
    proposal: text('proposal'),
    proposedBy: uuid('proposed_by').references(() => userAccount.id),
    decidedOn: date('decided_on', { mode: 'string' }),
    approvedBy: uuid('approved_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('accountability_case_lead_uq').on(t.leadId),
    index('accountability_case_unit_due_idx').on(t.unitId, t.dueDate, t.id),
    index('accountability_case_due_idx').on(t.dueDate, t.id),
    index('accountability_case_status_idx').on(t.status),
  ],
);

/** One of the six requirements, confirmed by the handler with a note. */
export const caseRequirement = pgTable(
  'case_requirement',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => accountabilityCase.id, { onDelete: 'cascade' }),
    requirement: text('requirement', {
      enum: [
        'factsClear',
        'evidenceConclusive',
        'characterisationAccurate',
        'dispositionAppropriate',
        'procedureLawful',
        'formalitiesComplete',
      ],
    }).notNull(),
    confirmed: boolean('confirmed').notNull(),
    note: text('note'),
    confirmedBy: uuid('confirmed_by').references(() => userAccount.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.requirement] })],
);

/** 责任认定: one person's responsibility in a case, with the disposition's measures. */
export const determination = pgTable(
  'determination',
  {
    id: idColumn(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => accountabilityCase.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    liability: text('liability', {
      enum: ['overall_leadership', 'main_leadership', 'important_leadership', 'direct'],
    }).notNull(),
    conducts: text('conducts').array().notNull().default(sql`'{}'::text[]`),
    domainId: uuid('domain_id').references(() => campaignDomain.id),
    measures: text('measures').array().notNull().default(sql`'{}'::text[]`),
    /** The highest of the four forms among measures and sanctions; null: no measure. */
    form: integer('form'),
    note: text('note'),
    exemption: text('exemption', { enum: ['exempt', 'mitigate', 'refuse'] }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('determination_case_person_uq').on(t.caseId, t.personId),
    index('determination_person_idx').on(t.personId),
  ],
);

/** A sanction of a determination: proposed, then active from the decision until it lapses. */
export const sanction = pgTable(
  'sanction',
  {
    id: idColumn(),
    determinationId: uuid('determination_id')
      .notNull()
      .references(() => determination.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    months: integer('months'),
    decidedOn: date('decided_on', { mode: 'string' }),
    lapsesOn: date('lapses_on', { mode: 'string' }),
    status: text('status', { enum: ['proposed', 'active', 'lapsed'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('sanction_determination_idx').on(t.determinationId),
    index('sanction_lapse_idx').on(t.status, t.lapsesOn),
  ],
);

/** 容错纠错: a request to exempt or mitigate, decided by a supervisor who does not handle the case. */
export const exemptionRequest = pgTable(
  'exemption_request',
  {
    id: idColumn(),
    determinationId: uuid('determination_id')
      .notNull()
      .references(() => determination.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => accountabilityCase.id),
    ground: text('ground').notNull(),
    statement: text('statement').notNull(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => userAccount.id),
    status: text('status', { enum: ['pending', 'decided'] }).notNull(),
    outcome: text('outcome', { enum: ['exempt', 'mitigate', 'refuse'] }),
    opinion: text('opinion'),
    decidedBy: uuid('decided_by').references(() => userAccount.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('exemption_request_determination_idx').on(t.determinationId)],
);

/** A campaign's accountability settings (absent: the defaults). */
export const accountabilitySettings = pgTable('accountability_settings', {
  campaignId: uuid('campaign_id')
    .primaryKey()
    .references(() => campaign.id),
  deadlines: jsonb('deadlines').$type<Record<string, number>>().notNull(),
  leadUnitId: uuid('lead_unit_id').references(() => unit.id),
  dualInquiryOverdueWorkingDays: integer('dual_inquiry_overdue_working_days').notNull(),
  updatedAt: updatedAt(),
});
