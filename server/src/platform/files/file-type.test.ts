import { describe, expect, it } from 'vitest';
import { contentDisposition, detectFileType, safeFilename } from './file-type';

const zip = (...names: string[]) =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(names.join('\0'))]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

describe('detectFileType', () => {
  it('recognises the allowed types by their bytes', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7'), 'x')?.mimeType).toBe('application/pdf');
    expect(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'x')?.mimeType).toBe('image/jpeg');
    expect(detectFileType(Buffer.from('GIF89a..'), 'x')?.mimeType).toBe('image/gif');
    expect(detectFileType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '), 'x')?.mimeType).toBe('image/webp');
    expect(detectFileType(zip('[Content_Types].xml', 'word/document.xml'), 'a.docx')?.extensions).toEqual([
      'docx',
    ]);
    expect(detectFileType(zip('[Content_Types].xml', 'xl/workbook.xml'), 'a')?.extensions).toEqual(['xlsx']);
    expect(detectFileType(zip('[Content_Types].xml', 'ppt/presentation.xml'), 'a')?.extensions).toEqual([
      'pptx',
    ]);
    expect(detectFileType(OLE, 'old.doc')?.mimeType).toBe('application/msword');
    expect(detectFileType(OLE, 'old.xls')?.mimeType).toBe('application/vnd.ms-excel');
  });

  it('refuses everything else', () => {
    expect(detectFileType(zip('evil.exe'), 'a.zip')).toBeNull();
    expect(detectFileType(OLE, 'setup.msi')).toBeNull();
    expect(detectFileType(Buffer.from('MZ\x90\0'), 'a.pdf')).toBeNull();
    expect(detectFileType(Buffer.from('plain'), 'a.html')).toBeNull();
    expect(detectFileType(Buffer.from([0x61, 0x00, 0x62]), 'a.txt')).toBeNull();
    expect(detectFileType(Buffer.from([0xc3, 0x28]), 'a.txt')).toBeNull();
    expect(detectFileType(Buffer.alloc(0), 'a.txt')).toBeNull();
  });
});

describe('names', () => {
  const pdf = detectFileType(Buffer.from('%PDF-'), 'x')!;
  it('strips directories and control characters and fits the extension', () => {
    expect(safeFilename('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(safeFilename('C:\\temp\\报告.PDF', pdf)).toBe('报告.PDF');
    expect(safeFilename('a\r\nb.pdf', pdf)).toBe('a__b.pdf');
    expect(safeFilename('', pdf)).toBe('file.pdf');
  });
  it('builds an RFC 6266 Content-Disposition with the UTF-8 name', () => {
    expect(contentDisposition("报告(1)'.pdf")).toBe(
      `attachment; filename="___1__.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%281%29%27.pdf`,
    );
  });
});
