import { type Notice, noticeText, type PublicNotice } from '@zeren/contracts';
import type { NoticeRow, NoticeWithUnit } from './notices.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentNotice(row: NoticeWithUnit, viewerId: string | null): Notice {
  const n = row.notice;
  return {
    id: n.id,
    campaignId: n.campaignId,
    unitId: n.unitId,
    unitName: row.unitName,
    kind: n.kind,
    visibility: n.visibility,
    status: n.status,
    issuer: n.issuer,
    documentNumber: n.documentNumber,
    title: n.title,
    recipients: n.recipients,
    body: n.body,
    signature: n.signature,
    date: n.date,
    cc: n.cc,
    sourceKind: n.sourceKind,
    sourceIds: n.sourceIds,
    sourceLabels: n.sourceLabels,
    returnReason: n.status === 'draft' ? n.returnReason : null,
    authoredByYou: viewerId !== null && n.authorIds.includes(viewerId),
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    submittedAt: iso(n.submittedAt),
    approvedAt: iso(n.approvedAt),
    issuedAt: iso(n.issuedAt),
  };
}

/**
 * An issued public notice for the portal: every field named here, the notice's own text only —
 * never its sources, authors, workflow or internal ids beyond its own.
 */
export function presentPublicNotice(n: NoticeRow): PublicNotice {
  return {
    id: n.id,
    kind: n.kind,
    issuer: n.issuer,
    documentNumber: n.documentNumber ?? '',
    title: n.title,
    recipients: n.recipients,
    body: n.body,
    signature: n.signature,
    date: n.date ?? '',
    cc: n.cc,
    issuedAt: n.issuedAt?.toISOString() ?? '',
  };
}

/** What an audit event records of a notice (the body in the editor's text format). */
export function noticeAudit(n: NoticeRow) {
  return {
    campaignId: n.campaignId,
    unitId: n.unitId,
    kind: n.kind,
    visibility: n.visibility,
    issuer: n.issuer,
    title: n.title,
    recipients: n.recipients,
    body: noticeText(n.body),
    signature: n.signature,
    date: n.date,
    cc: n.cc,
    sourceKind: n.sourceKind,
    sourceIds: n.sourceIds,
    sourceLabels: n.sourceLabels,
  };
}
