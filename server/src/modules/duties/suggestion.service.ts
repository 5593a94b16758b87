import type {
  CreateSuggestionInput,
  PublicSuggestion,
  SubmitPublicSuggestionInput,
  Suggestion,
  SuggestionAction,
  SuggestionStatus,
  SuggestionTracking,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { scopePredicate, unitInScope } from '../../platform/data-scope';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { findDomainRef, findRootActiveCampaignRef } from '../campaign/campaign.service';
import { suggestion } from './duties.table';
import {
  presentPublicSuggestion,
  presentSuggestion,
  presentTracking,
  suggestionAudit,
} from './suggestion.presenter';
import * as repo from './suggestion.repository';
import { newTrackingCode, nextStatus, normaliseTrackingCode } from './suggestion.rules';

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
    throw new AppError('PROOF_OF_WORK_INVALID', {}, [{ path: 'altcha', key: 'suggestion.proof_of_work' }]);
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
  return presentTracking(row);
}

/** The published suggestions with their answers, newest first; never contact details. */
export async function listPublishedSuggestions(
  ctx: ServiceContext,
  page: { limit: number; offset: number },
): Promise<{ items: PublicSuggestion[]; total: number }> {
  const [rows, total] = await Promise.all([repo.listPublished(ctx.db, page), repo.countPublished(ctx.db)]);
  return { items: rows.map(presentPublicSuggestion), total };
}

// ---------------------------------------------------------------- staff

/** Suggestions to units in the caller's scope; submitter name and contact masked. */
export async function listSuggestions(
  ctx: ServiceContext,
  filter: { status?: SuggestionStatus; unitId?: string; q?: string },
): Promise<Suggestion[]> {
  const actor = requireActor(ctx);
  const rows = await repo.listSuggestions(
    ctx.db,
    scopePredicate(actor, 'duties.suggestion.read', suggestion.unitId),
    filter,
  );
  return rows.map((r) => presentSuggestion(r, ctx.cipher, false));
}

/** One suggestion with the submitter's name and contact in full; the view is audited. */
export async function viewSuggestion(ctx: ServiceContext, id: string): Promise<Suggestion> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await repo.findSuggestion(
      tx.tx,
      id,
      scopePredicate(actor, 'duties.suggestion.read', suggestion.unitId),
    );
    if (!row) throw notFound();
    await tx.audit({
      action: 'suggestion.viewed',
      recordType: 'suggestion',
      recordId: id,
      unitId: row.suggestion.unitId,
    });
    return presentSuggestion(row, ctx.cipher, true);
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

/** The unit's answer; it can be corrected until it is published. */
export function answerSuggestion(ctx: ServiceContext, id: string, answer: string): Promise<Suggestion> {
  const actor = requireActor(ctx);
  return transition(ctx, id, 'answer', 'suggestion.answered', () => ({
    status: 'answered',
    answer,
    answeredBy: actor.userId,
    answeredAt: ctx.clock.now(),
  }));
}

/** Makes the answered suggestion public on the portal, or takes it back. */
export function publishSuggestion(ctx: ServiceContext, id: string, publish: boolean): Promise<Suggestion> {
  return publish
    ? transition(ctx, id, 'publish', 'suggestion.published', () => ({
        status: 'published',
        isPublic: true,
        publishedAt: ctx.clock.now(),
      }))
    : transition(ctx, id, 'unpublish', 'suggestion.unpublished', () => ({
        status: 'answered',
        isPublic: false,
        publishedAt: null,
      }));
}

/** Ends the handling of an answered suggestion; a published answer stays public. */
export function closeSuggestion(ctx: ServiceContext, id: string): Promise<Suggestion> {
  return transition(ctx, id, 'close', 'suggestion.closed', () => ({ status: 'closed' }));
}

// ---------------------------------------------------------------- helpers

type Changes = Partial<typeof suggestion.$inferInsert>;

/**
 * One workflow step: scoped lookup (404 outside read scope, 403 outside answer scope), the
 * transition table (409), the change and its audit event in one transaction.
 */
async function transition(
  ctx: ServiceContext,
  id: string,
  action: SuggestionAction,
  auditAction:
    | 'suggestion.answered'
    | 'suggestion.published'
    | 'suggestion.unpublished'
    | 'suggestion.closed',
  changes: () => Changes,
): Promise<Suggestion> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const current = await repo.findSuggestion(
      tx.tx,
      id,
      scopePredicate(actor, 'duties.suggestion.read', suggestion.unitId),
    );
    if (!current) throw notFound();
    if (
      !unitInScope(actor, 'duties.suggestion.answer', {
        id: current.suggestion.unitId,
        path: current.unitPath,
      })
    )
      throw new AppError('FORBIDDEN');
    const next = nextStatus(current.suggestion.status, action);
    if (!next) throw new AppError('INVALID_TRANSITION');
    await repo.updateSuggestion(tx.tx, id, { ...changes(), updatedAt: ctx.clock.now() });
    const updated = (await repo.findSuggestion(tx.tx, id))!;
    const before = presentSuggestion(current, ctx.cipher, false);
    const after = presentSuggestion(updated, ctx.cipher, false);
    await tx.audit({
      action: auditAction,
      recordType: 'suggestion',
      recordId: id,
      unitId: after.unitId,
      before: { status: before.status, isPublic: before.isPublic, answer: before.answer },
      after: { status: after.status, isPublic: after.isPublic, answer: after.answer },
    });
    return after;
  });
}

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
  if (!active) throw new AppError('CONFLICT', {}, [{ path: 'unitId', key: 'suggestion.no_campaign' }]);
  if (unitId && !(await repo.findUnit(db, unitId))) throw fieldError('unitId', 'field.not_found');
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
  const view = presentSuggestion((await repo.findSuggestion(tx.tx, id))!, tx.cipher, false);
  await tx.audit({
    action: 'suggestion.submitted',
    recordType: 'suggestion',
    recordId: id,
    unitId: view.unitId,
    after: suggestionAudit(view),
  });
  return view;
}
