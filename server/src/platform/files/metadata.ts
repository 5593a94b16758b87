/**
 * Removes what an image says about where, when and with what it was taken: EXIF (GPS position,
 * camera model and serial, time), XMP and comments — for files an anonymous reporter sends. The
 * picture itself is kept byte for byte. Formats other than JPEG and PNG pass unchanged (office
 * documents and PDFs carry their own author fields, which the reporter is told about on the form).
 */
export function stripImageMetadata(bytes: Buffer, mimeType: string): Buffer {
  if (mimeType === 'image/jpeg') return stripJpeg(bytes);
  if (mimeType === 'image/png') return stripPng(bytes);
  return bytes;
}

/**
 * JPEG: keeps every segment but APP1–APP15 (EXIF, XMP, ICC-less vendor data) and COM; APP0 (JFIF)
 * stays. From the start of scan on, the data is copied as it is. A file it cannot walk is returned
 * unchanged rather than damaged.
 */
function stripJpeg(bytes: Buffer): Buffer {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes;
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return bytes;
    const marker = bytes[i + 1]!;
    // Start of scan: the compressed picture and the rest of the file follow.
    if (marker === 0xda) {
      parts.push(bytes.subarray(i));
      return Buffer.concat(parts);
    }
    const length = bytes.readUInt16BE(i + 2);
    if (length < 2 || i + 2 + length > bytes.length) return bytes;
    const drop = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!drop) parts.push(bytes.subarray(i, i + 2 + length));
    i += 2 + length;
  }
  return bytes;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Chunks that carry text and metadata rather than the picture. */
const PNG_METADATA = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function stripPng(bytes: Buffer): Buffer {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return bytes;
  const parts: Buffer[] = [bytes.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(i);
    const end = i + 12 + length;
    if (end > bytes.length) return bytes;
    const type = bytes.toString('latin1', i + 4, i + 8);
    if (!PNG_METADATA.has(type)) parts.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  return bytes;
}
