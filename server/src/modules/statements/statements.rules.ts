import type { CommitmentStatus } from '@zeren/contracts';
import sanitizeHtml from 'sanitize-html';

/**
 * What a statement's body may hold: the structure of a written report (headings, paragraphs,
 * lists, emphasis, simple tables) and nothing else — no scripts, styles, images, links, frames or
 * event attributes, so the portal can show it as it is. Everything else is dropped, its text kept.
 */
const BODY_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    'ul',
    'ol',
    'li',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: [],
  disallowedTagsMode: 'discard',
  // Text inside dropped blocks that never show (scripts, styles) goes with them.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title'],
};

/** A statement's body as it is stored and shown: sanitised HTML, trimmed. */
export function sanitiseStatementBody(html: string): string {
  return sanitizeHtml(html, BODY_POLICY).trim();
}

/** The body's text without tags, for an excerpt or a length. */
export function statementPlainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}

/**
 * A commitment's status: its outcome once decided, else by its due date — overdue after it, due
 * soon up to `dueSoonUntil` (COMMITMENT_DUE_SOON_WORKING_DAYS working days after today), on
 * track beyond. The lists filter by the same two dates, so a status and its filter agree.
 */
export function commitmentStatus(
  outcome: 'fulfilled' | 'not_fulfilled' | null,
  dueDate: string,
  today: string,
  dueSoonUntil: string,
): CommitmentStatus {
  if (outcome) return outcome;
  if (dueDate < today) return 'overdue';
  if (dueDate <= dueSoonUntil) return 'due_soon';
  return 'on_track';
}
