import {
  type CreateSuggestionInput,
  type Page,
  type PageQuery,
  type PublicSuggestion,
  SUGGESTION_WORKFLOW,
  type SubmitPublicSuggestionInput,
  type Suggestion,
  type SuggestionAction,
  type SuggestionStatus,
  type SuggestionTracking,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { MonthArea } from '../../platform/month-area';
import { findUnitRef } from '../../platform/org/org.repository';
import { defineRecord } from '../../platform/records';
import { grantScope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import { findDomainRef, findDomainRefs, findRootActiveCampaignRef } from '../campaign/campaign.service';
import { newTrackingCode, normaliseTrackingCode } from './suggestion.rules';
import {
  type NamedSuggestionRow,
  presentPublicSuggestion,
  presentSuggestion,
  presentTracking,
  suggestionAudit,
} from './suggestions.presenter';
import * as repo from './suggestions.repository';
import type { suggestion } from './suggestions.table';

/** A suggestion belongs to the unit that answers it; reading one in full shows personal data. */
export const suggestionRecord = defineRecord({
  type: 'suggestion',
  find: repo.findSuggestion,
  auditViews: true,
});

/** Rows with the titles of the domains they name and what the units did about them. */
async function named(db: DbOrTx, rows: repo.SuggestionRow[]): Promise<NamedSuggestionRow[]> {
  const domains = await findDomainRefs(
    db,
    rows.flatMap((r) => (r.suggestion.domainId ? [r.suggestion.domainId] : [])),
  );
  const actions = await repo.actionsOf(
    db,
    rows.map((r) => r.suggestion.id),
  );
  return rows.map((r) => ({
    ...r,
    domainTitle: (r.suggestion.domainId && domains.get(r.suggestion.domainId)?.title) || null,
    actions: actions
      .filter((a) => a.action.suggestionId === r.suggestion.id)
      .map((a) => ({ id: a.action.id, date: a.action.date, text: a.action.text, byName: a.byName })),
  }));
}
const namedOne = async (db: DbOrTx, row: repo.SuggestionRow) => (await named(db, [row]))[0]!;

/** Checks a public form's proof of work (the portal's altcha verifier). */
export interface ProofOfWorkVerifier {
  verify(payload: string | null | undefined, now: Date): Promise<boolean>;
}

// ---------------------------------------------------------------- public

/**
 * A citizen's suggestion from the portal: refused before anything is stored unless the proof
 * of work is valid, unused and unexpired. The unit defaults to the active campaign's government.
 */
export async function submitPublicSuggestion(
  ctx: ServiceContext,
  input: SubmitPublicSuggestionInput,
  proof: ProofOfWorkVerifier,
): Promise<{ trackingCode: string }> {
  if (!(await proof.verify(input.altcha, ctx.clock.now())))
    throw new AppError('PROOF_OF_WORK_INVALID', {}, [{ path: 'altcha', key: 'suggestions.proof_of_work' }]);
  return inTransaction(ctx, async (tx) => {
    const target = await resolveTarget(tx.tx, input.unitId ?? null, input.domainId ?? null);
    const view = await insert(tx, {
      ...target,
      channel: 'public',
      title: input.title,
      content: input.content,
      submitterNameEnc: ctx.cipher.encryptNullable(input.name),
      submitterContactEnc: ctx.cipher.encryptNullable(input.contact),
      submittedBy: null,
    });
    return { trackingCode: view.trackingCode };
  });
}

/** Status (and the answer once there is one) by tracking code; 404 for an unknown or malformed code. */
export async function trackSuggestion(
  ctx: ServiceContext,
  trackingCode: string,
): Promise<SuggestionTracking> {
  const code = normaliseTrackingCode(trackingCode);
  const row = code ? await repo.findByTrackingCode(ctx.db, code) : undefined;
  if (!row) throw notFound();
  return presentTracking(await namedOne(ctx.db, row));
}

/** The published suggestions with their answers, newest first; never contact details. */
export async function listPublishedSuggestions(
  ctx: ServiceContext,
  page: { limit: number; offset: number },
): Promise<{ items: PublicSuggestion[]; total: number }> {
  const [rows, total] = await Promise.all([repo.listPublished(ctx.db, page), repo.countPublished(ctx.db)]);
  return { items: (await named(ctx.db, rows)).map(presentPublicSuggestion), total };
}

// ---------------------------------------------------------------- staff

/** Suggestions to units in the caller's scope; submitter name and contact masked. */
export async function listSuggestions(
  ctx: ServiceContext,
  query: { status?: SuggestionStatus; unitId?: string; q?: string } & PageQuery,
): Promise<Page<Suggestion>> {
  const { limit, after, ...filter } = query;
  const page = await repo.listSuggestions(ctx.db, grantScope(ctx), filter, { limit, after });
  return {
    ...page,
    items: (await named(ctx.db, page.items)).map((r) => presentSuggestion(r, ctx.cipher, false)),
  };
}

/** One suggestion with the submitter's name and contact in full; the view is audited. */
export async function viewSuggestion(ctx: ServiceContext, id: string): Promise<Suggestion> {
  return inTransaction(ctx, async (tx) => {
    const row = await suggestionRecord.loadForRead(ctx, id, tx.tx);
    await tx.audit({
      action: 'suggestion.viewed',
      recordType: 'suggestion',
      recordId: id,
      unitId: row.suggestion.unitId,
    });
    return presentSuggestion(await namedOne(tx.tx, row), ctx.cipher, true);
  });
}

/** A staff member's suggestion about a unit (any unit: suggestions are not limited to one's scope). */
export async function createStaffSuggestion(
  ctx: ServiceContext,
  input: CreateSuggestionInput,
): Promise<Suggestion> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const target = await resolveTarget(tx.tx, input.unitId, input.domainId ?? null);
    return insert(tx, {
      ...target,
      channel: 'staff',
      title: input.title,
      content: input.content,
      submitterNameEnc: null,
      submitterContactEnc: null,
      submittedBy: actor.userId,
    });
  });
}

/**
 * One step of SUGGESTION_WORKFLOW: answering (correctable until public), publishing the answer on
 * the portal or taking it back, closing.
 */
export async function transitionSuggestion(
  ctx: ServiceContext,
  id: string,
  action: SuggestionAction,
  input: Record<string, string | null | undefined>,
): Promise<Suggestion> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const current = await suggestionRecord.loadForChange(tx, id);
    const s = current.suggestion;
    const now = ctx.clock.now();
    await applyTransition(
      tx,
      SUGGESTION_WORKFLOW,
      action,
      { id, unitId: s.unitId, status: s.status },
      input,
      async (next, text) => {
        const changes: Changes = { status: next, updatedAt: now };
        if (action === 'answer')
          Object.assign(changes, { answer: text, answeredBy: actor.userId, answeredAt: now });
        if (action === 'publish') Object.assign(changes, { isPublic: true, publishedAt: now });
        if (action === 'unpublish') Object.assign(changes, { isPublic: false, publishedAt: null });
        await repo.updateSuggestion(tx.tx, id, changes);
        const after = (await suggestionRecord.reload(tx.tx, id)).suggestion;
        return {
          before: { isPublic: s.isPublic, answer: s.answer },
          after: { isPublic: after.isPublic, answer: after.answer },
        };
      },
    );
    return presentSuggestion(
      await namedOne(tx.tx, await suggestionRecord.reload(tx.tx, id)),
      ctx.cipher,
      false,
    );
  });
}

/**
 * 立行立改: records what the unit did about a suggestion it has answered (409 before the answer or
 * once closed); shown beside the answer on the portal once published.
 */
export async function recordSuggestionAction(
  ctx: ServiceContext,
  id: string,
  text: string,
): Promise<Suggestion> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const current = await suggestionRecord.loadForChange(tx, id);
    const s = current.suggestion;
    if (s.status !== 'answered' && s.status !== 'published') throw new AppError('INVALID_TRANSITION');
    const date = shanghaiDate(tx.clock.now());
    await repo.insertAction(tx.tx, {
      suggestionId: id,
      text: text.trim(),
      date,
      createdBy: actor.userId,
      createdAt: tx.clock.now(),
    });
    await tx.audit({
      action: 'suggestion.action_recorded',
      recordType: 'suggestion',
      recordId: id,
      unitId: s.unitId,
      after: { text: text.trim(), date },
    });
    return presentSuggestion(
      await namedOne(tx.tx, await suggestionRecord.reload(tx.tx, id)),
      ctx.cipher,
      false,
    );
  });
}

type Changes = Partial<typeof suggestion.$inferInsert>;

interface Target {
  campaignId: string;
  unitId: string;
  domainId: string | null;
}

/**
 * The campaign and unit a suggestion goes to: the active campaign of the root government (the
 * one the portal shows), and the named unit or, with none named, that campaign's government.
 */
async function resolveTarget(db: DbOrTx, unitId: string | null, domainId: string | null): Promise<Target> {
  const active = await findRootActiveCampaignRef(db);
  if (!active) throw new AppError('CONFLICT', {}, [{ path: 'unitId', key: 'suggestions.no_campaign' }]);
  if (unitId && !(await findUnitRef(db, unitId))) throw fieldError('unitId', 'field.not_found');
  if (domainId && (await findDomainRef(db, domainId))?.campaignId !== active.id)
    throw fieldError('domainId', 'field.not_found');
  return { campaignId: active.id, unitId: unitId ?? active.unitId, domainId };
}

async function insert(
  tx: TxContext,
  values: Target & {
    channel: 'public' | 'staff';
    title: string;
    content: string;
    submitterNameEnc: string | null;
    submitterContactEnc: string | null;
    submittedBy: string | null;
  },
): Promise<Suggestion> {
  let trackingCode = newTrackingCode();
  // The unique index is the guarantee; checking first keeps a collision from aborting the transaction.
  while (await repo.trackingCodeTaken(tx.tx, trackingCode)) trackingCode = newTrackingCode();
  const now = tx.clock.now();
  const id = await repo.insertSuggestion(tx.tx, {
    ...values,
    trackingCode,
    status: 'received',
    createdAt: now,
    updatedAt: now,
  });
  const view = presentSuggestion(
    await namedOne(tx.tx, await suggestionRecord.reload(tx.tx, id)),
    tx.cipher,
    false,
  );
  await tx.audit({
    action: 'suggestion.submitted',
    recordType: 'suggestion',
    recordId: id,
    unitId: view.unitId,
    after: suggestionAudit(view),
  });
  return view;
}

/**
 * The month's suggestion figures of a campaign over a unit and the units under it, for the
 * monthly reports (no caller's scope: a report's readers see its figures as counts).
 */
export function suggestionMonthFigures(db: DbOrTx, area: MonthArea) {
  return repo.monthFigures(db, area);
}
