/**
 * Rich text the server sanitised (a duty statement's body) is shown as HTML. The browser checks
 * it once more before it is drawn — a second lock, should a sanitiser ever let something by:
 * only the elements and attributes of a written document stay; scripts, styles, event handlers,
 * frames, forms and links to anything but the web and mail go.
 */

const ALLOWED = new Set([
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'blockquote',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'span',
  'div',
  'a',
  'hr',
]);

/** Elements dropped with everything inside them (their text is not document text). */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'noscript',
  'svg',
  'math',
]);

const ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
};

/** Whether a link may stay: http(s) and mailto only. */
export function isSafeHref(href: string): boolean {
  return /^(https?:|mailto:)/i.test(href.trim());
}

function clean(node: Node, doc: Document): Node[] {
  if (node.nodeType === 3) return [doc.createTextNode(node.textContent ?? '')];
  if (node.nodeType !== 1) return [];
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (DROPPED.has(tag)) return [];
  const children = [...element.childNodes].flatMap((child) => clean(child, doc));
  // An element not allowed gives way to its content.
  if (!ALLOWED.has(tag)) return children;
  const copy = doc.createElement(tag);
  for (const name of ATTRIBUTES[tag] ?? []) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    if (name === 'href' && !isSafeHref(value)) continue;
    copy.setAttribute(name, value);
  }
  if (tag === 'a') copy.setAttribute('rel', 'noopener noreferrer nofollow');
  copy.append(...children);
  return [copy];
}

/** The HTML with only a document's elements left; as it is where the browser cannot parse it (tests). */
export function safeHtml(html: string): string {
  if (typeof DOMParser === 'undefined' || !html) return html;
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const out = doc.createElement('div');
  out.append(...[...doc.body.childNodes].flatMap((child) => clean(child, doc)));
  return out.innerHTML;
}
