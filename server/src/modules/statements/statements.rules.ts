import type { CommitmentStatus } from '@zeren/contracts';
import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import type { DocumentSection } from '../../platform/documents/official-document';

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

const HEADING_DEPTH: Record<string, number> = { h2: 0, h3: 1, h4: 2 };

/**
 * A statement's (sanitised) body as the sections of an official document: 二级/三级/四级 headings
 * (h2–h4) open the sections 一、（一）1. — the layout numbers them, so a number the writer typed
 * is left as typed —, and each block (paragraph, quotation, list item, table row) is a paragraph
 * of its section; a list item of an ordered list keeps its number, a table row its cells side by
 * side (the layout has no tables); a line break starts a new paragraph. Emphasis is not kept:
 * the body of a 公文 is plain 仿宋.
 */
export function statementSections(html: string): DocumentSection[] {
  const top: DocumentSection[] = [];
  // The open section at each depth; text before any heading goes into a section without one.
  const open: DocumentSection[] = [];
  const current = (): DocumentSection => {
    const section = open.at(-1);
    if (section) return section;
    const lead: DocumentSection = { paragraphs: [] };
    top.push(lead);
    open.push(lead);
    return lead;
  };
  const say = (text: string) => {
    for (const line of text.split('\n')) {
      // Runs of spaces become one; the full-width space between a row's cells stays.
      const clean = line.replace(/[^\S\u3000]+/g, ' ').trim();
      if (!clean) continue;
      const section = current();
      section.paragraphs = [...(section.paragraphs ?? []), clean];
    }
  };
  const textOf = (nodes: ChildNode[]): string =>
    nodes
      .map((node) => {
        if (isText(node)) return node.data;
        if (!isTag(node)) return '';
        if (node.name === 'br') return '\n';
        return textOf(node.children);
      })
      .join('');
  const block = (node: ChildNode) => {
    if (isText(node)) return say(node.data);
    if (!isTag(node)) return;
    const depth = HEADING_DEPTH[node.name];
    if (depth !== undefined) {
      const section: DocumentSection = {
        heading: textOf(node.children).replace(/\s+/g, ' ').trim(),
        paragraphs: [],
      };
      // Under the nearest open section of a shallower depth (an h3 before any h2 stands alone).
      open.length = Math.min(open.length, depth);
      const parent = open.at(-1);
      if (parent && open.length === depth) parent.sections = [...(parent.sections ?? []), section];
      else {
        open.length = 0;
        top.push(section);
      }
      open.push(section);
      return;
    }
    if (node.name === 'ul' || node.name === 'ol') return list(node);
    if (node.name === 'table') return rows(node);
    if (node.name === 'p' || node.name === 'blockquote' || node.name === 'li')
      return say(textOf(node.children));
    for (const child of node.children) block(child);
  };
  const list = (node: Element) => {
    let n = 0;
    for (const item of node.children) {
      if (!isTag(item) || item.name !== 'li') continue;
      n += 1;
      say(node.name === 'ol' ? `${n}. ${textOf(item.children).trim()}` : textOf(item.children));
    }
  };
  const rows = (node: Element) => {
    const walk = (nodes: ChildNode[]) => {
      for (const child of nodes) {
        if (!isTag(child)) continue;
        if (child.name === 'tr')
          say(
            child.children
              .filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))
              .map((c) => textOf(c.children).replace(/\s+/g, ' ').trim())
              .join('　'),
          );
        else walk(child.children);
      }
    };
    walk(node.children);
  };
  for (const node of parseDocument(html).children) block(node);
  return top;
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
