import type { PublicSuggestion, Suggestion, SuggestionTracking } from '@zeren/contracts';
import { type FieldCipher, maskPersonal } from '../../platform/crypto';
import type { SuggestionRow } from './suggestions.repository';

/** A row with the title of the domain it names (from the campaign module) and what the unit did. */
export type NamedSuggestionRow = SuggestionRow & {
  domainTitle: string | null;
  actions: { id: string; date: string; text: string; byName: string | null }[];
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Staff view; the submitter's name and contact in full only when `reveal` (an audited single view). */
export function presentSuggestion(row: NamedSuggestionRow, cipher: FieldCipher, reveal: boolean): Suggestion {
  const s = row.suggestion;
  const name = cipher.decryptNullable(s.submitterNameEnc);
  const contact = cipher.decryptNullable(s.submitterContactEnc);
  return {
    id: s.id,
    trackingCode: s.trackingCode,
    campaignId: s.campaignId,
    unitId: s.unitId,
    unitName: row.unitName,
    domainId: s.domainId,
    domainTitle: row.domainTitle,
    channel: s.channel,
    title: s.title,
    content: s.content,
    submitterName: reveal ? name : maskPersonal(name),
    submitterContact: reveal ? contact : maskPersonal(contact),
    status: s.status,
    answer: s.answer,
    answeredAt: iso(s.answeredAt),
    actions: row.actions,
    isPublic: s.isPublic,
    publishedAt: iso(s.publishedAt),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** What the holder of the tracking code sees: no personal data; the answer once there is one. */
export function presentTracking(row: NamedSuggestionRow): SuggestionTracking {
  const s = row.suggestion;
  const answered = s.status !== 'received';
  return {
    trackingCode: s.trackingCode,
    title: s.title,
    content: s.content,
    status: s.status,
    unitName: row.unitName,
    domainTitle: row.domainTitle,
    createdAt: s.createdAt.toISOString(),
    answer: answered ? s.answer : null,
    answeredAt: answered ? iso(s.answeredAt) : null,
    actions: answered ? row.actions.map(({ date, text }) => ({ date, text })) : [],
  };
}

/** A published suggestion in the public list: field by field, never the submitter or the tracking code. */
export function presentPublicSuggestion(row: NamedSuggestionRow): PublicSuggestion {
  const s = row.suggestion;
  return {
    id: s.id,
    title: s.title,
    content: s.content,
    unitName: row.unitName,
    domainTitle: row.domainTitle,
    answer: s.answer,
    answeredAt: iso(s.answeredAt),
    actions: row.actions.map(({ date, text }) => ({ date, text })),
    publishedAt: iso(s.publishedAt),
  };
}

/** The audit record of a suggestion: no personal data (the submitter's identity is not logged). */
export function suggestionAudit(s: Suggestion) {
  return {
    trackingCode: s.trackingCode,
    unitId: s.unitId,
    domainId: s.domainId,
    channel: s.channel,
    title: s.title,
    status: s.status,
    isPublic: s.isPublic,
  };
}
