/**
 * The file types Zeren accepts, recognised by their content (magic bytes), never by the
 * name or the browser's Content-Type alone.
 */
export interface DetectedType {
  mimeType: string;
  /** Extensions that fit the type; the first one is added to a name that lacks them. */
  extensions: string[];
}

const PDF: DetectedType = { mimeType: 'application/pdf', extensions: ['pdf'] };
const PNG: DetectedType = { mimeType: 'image/png', extensions: ['png'] };
const JPEG: DetectedType = { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
const GIF: DetectedType = { mimeType: 'image/gif', extensions: ['gif'] };
const WEBP: DetectedType = { mimeType: 'image/webp', extensions: ['webp'] };
const DOCX: DetectedType = {
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
};
const XLSX: DetectedType = {
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extensions: ['xlsx'],
};
const PPTX: DetectedType = {
  mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  extensions: ['pptx'],
};
const DOC: DetectedType = { mimeType: 'application/msword', extensions: ['doc'] };
const XLS: DetectedType = { mimeType: 'application/vnd.ms-excel', extensions: ['xls'] };
const TXT: DetectedType = { mimeType: 'text/plain; charset=utf-8', extensions: ['txt'] };

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An Office Open XML package names its parts; the main part's folder tells the type. */
function officeOpenXml(bytes: Buffer): DetectedType | null {
  if (!bytes.includes('[Content_Types].xml')) return null;
  if (bytes.includes('word/')) return DOCX;
  if (bytes.includes('xl/')) return XLSX;
  if (bytes.includes('ppt/')) return PPTX;
  return null;
}

const isControl = (code: number) => code < 0x20 || code === 0x7f;

function isPlainText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control characters other than tab, newline, form feed and carriage return mean binary.
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (isControl(code) && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

/** The accepted type of these bytes, or null. Legacy OLE documents and text also need a fitting name. */
export function detectFileType(bytes: Buffer, filename: string): DetectedType | null {
  const ext = extensionOf(filename);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39)) return GIF;
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return WEBP;
  if (startsWith(bytes, ZIP)) return officeOpenXml(bytes);
  // An OLE compound file may be many things (installers among them): only .doc and .xls are taken.
  if (startsWith(bytes, OLE)) return ext === 'doc' ? DOC : ext === 'xls' ? XLS : null;
  if (ext === 'txt' && isPlainText(bytes)) return TXT;
  return null;
}

/**
 * A name safe to store and to send back: no directories, no control characters, bounded,
 * and ending in an extension that fits the detected type.
 */
export function safeFilename(raw: string, type: DetectedType): string {
  const base = (raw.split(/[\\/]/).pop() ?? '')
    .split('')
    .map((ch) => (isControl(ch.charCodeAt(0)) || '"<>|:*?'.includes(ch) ? '_' : ch))
    .join('')
    .trim()
    .slice(0, 180);
  const name = base === '' || base === '.' || base === '..' ? 'file' : base;
  return type.extensions.includes(extensionOf(name)) ? name : `${name}.${type.extensions[0]}`;
}

/** The extension the client claimed, for the error message. */
export function claimedType(filename: string): string {
  return extensionOf(filename) || 'unknown';
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^A-Za-z0-9._-]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
