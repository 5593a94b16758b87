/**
 * What the statement editor (a contentEditable with a toolbar) hands to the form: HTML as the
 * browser wrote it, minus what means nothing — an editor holding only empty paragraphs and line
 * breaks is empty, and the trailing `<br>` browsers leave at the end of a paragraph goes. The
 * server sanitises what is saved; this only keeps "nothing written" from being saved as markup.
 */

const EMPTY_MARKUP = /^(?:\s|&nbsp;|<br\s*\/?>|<(p|div|h[1-6])>(?:\s|&nbsp;|<br\s*\/?>)*<\/\1>)*$/i;

/** Whether the HTML holds no text (only empty paragraphs, line breaks and spaces). */
export function isBlankHtml(html: string): boolean {
  return EMPTY_MARKUP.test(html);
}

/** The editor's HTML as saved: '' when blank, else trimmed, with no `<br>` closing a block. */
export function cleanEditorHtml(html: string): string {
  if (isBlankHtml(html)) return '';
  return html
    .replace(/<br\s*\/?>(\s*<\/(?:p|h[1-6]|li|div)>)/gi, '$1')
    .replace(/<(p|h[1-6])>(?:\s|<br\s*\/?>)*<\/\1>\s*$/i, '')
    .trim();
}

/** The block formats the toolbar sets: headings, and a plain paragraph to undo one. */
export type BlockFormat = 'p' | 'h2' | 'h3';

/**
 * The block format a heading button sets: the heading, or back to a paragraph when the caret is
 * already in that heading (the button toggles).
 */
export function toggledBlock(current: string, heading: Exclude<BlockFormat, 'p'>): BlockFormat {
  return current.toLowerCase().replace(/[<>]/g, '') === heading ? 'p' : heading;
}
