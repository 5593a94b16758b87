import { describe, expect, it } from 'vitest';
import { stripImageMetadata } from './metadata';
import { jpegWithExif } from './metadata-test-image';

function pngChunk(type: string, body: string): Buffer {
  const data = Buffer.from(body, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

describe('image metadata of anonymous reporters', () => {
  it('drops EXIF and comments from a JPEG and keeps JFIF, tables and the scan', () => {
    const original = jpegWithExif('GPS 31.2304N 121.4737E Canon EOS 5D SN123');
    const stripped = stripImageMetadata(original, 'image/jpeg');
    expect(stripped.includes('GPS 31.2304N')).toBe(false);
    expect(stripped.includes('JFIF')).toBe(true);
    expect(stripped.includes('quantisation')).toBe(true);
    expect(stripped.subarray(-11)).toEqual(original.subarray(-11));
  });

  it('drops text, EXIF and time chunks from a PNG and keeps the picture', () => {
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const png = Buffer.concat([
      signature,
      pngChunk('IHDR', 'header'),
      pngChunk('tEXt', 'Author\0张三'),
      pngChunk('eXIf', 'GPS 31.2304N'),
      pngChunk('IDAT', 'pixels'),
      pngChunk('IEND', ''),
    ]);
    const stripped = stripImageMetadata(png, 'image/png');
    expect(stripped.includes('GPS')).toBe(false);
    expect(stripped.includes('Author')).toBe(false);
    expect(stripped.includes('pixels')).toBe(true);
    expect(stripped.includes('IHDR')).toBe(true);
  });

  it('returns a file it cannot walk unchanged rather than damaged', () => {
    const broken = Buffer.from([0xff, 0xd8, 0x12, 0x34, 0x00]);
    expect(stripImageMetadata(broken, 'image/jpeg')).toEqual(broken);
    const pdf = Buffer.from('%PDF-1.4 Author 张三');
    expect(stripImageMetadata(pdf, 'application/pdf')).toBe(pdf);
  });
});
