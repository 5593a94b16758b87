import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { CaseStatus, LeadStatus } from '../types';

const LEAD_TONES: Record<LeadStatus, Tone> = {
  received: 'warning',
  accepted: 'processing',
  shelved: 'default',
  closed: 'default',
  forwarded: 'purple',
  merged: 'default',
  concluded: 'success',
};

/** Where a lead is: 待受理 … 已办结. */
export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const t = useT();
  return (
    <StatusTag tone={LEAD_TONES[status]} data-testid="lead-status" data-status={status}>
      {t.leadStatus[status]}
    </StatusTag>
  );
}

/** 举报人有新留言: a public report's reporter wrote after the handler's last message. */
export function AwaitingReplyTag() {
  const t = useT();
  return (
    <StatusTag tone="error" data-testid="lead-awaiting-reply">
      {t.lead.awaitingReply}
    </StatusTag>
  );
}

const CASE_TONES: Record<CaseStatus, Tone> = {
  verifying: 'processing',
  proposed: 'warning',
  decided: 'success',
};

/** Where a case is: 核查中, 待审批, 已决定. */
export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const t = useT();
  return (
    <StatusTag tone={CASE_TONES[status]} data-testid="case-status" data-status={status}>
      {t.caseStatus[status]}
    </StatusTag>
  );
}

const FORM_TONES: Record<number, Tone> = { 1: 'processing', 2: 'warning', 3: 'error', 4: 'error' };

/** One of the four forms (四种形态), or nothing. */
export function FormTag({ form }: { form: number | null }) {
  const t = useT();
  if (!form) return null;
  return (
    <StatusTag tone={FORM_TONES[form] ?? 'default'} data-testid="discipline-form" data-form={form}>
      {(t.disciplineForm as Record<string, string>)[String(form)] ?? String(form)}
    </StatusTag>
  );
}
