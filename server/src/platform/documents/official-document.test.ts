import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { chineseDate, chineseNumeral, documentNumber, officialDocument } from './official-document';

async function partsOf(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/footer\d+\.xml$/.test(n))
      .map(read),
  );
  return {
    document: await read('word/document.xml'),
    settings: await read('word/settings.xml'),
    footers,
    media,
  };
}

describe('the official document layout (GB/T 9704-2012)', () => {
  it('writes numbers and dates as official documents do', () => {
    expect([1, 9, 10, 12, 20, 35, 99].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十二',
      '二十',
      '三十五',
      '九十九',
    ]);
    expect(chineseDate('2026-07-01')).toBe('2026年7月1日');
    expect(documentNumber('示督', 2026, 3)).toBe('示督〔2026〕3号');
  });

  it('lays out the page, the head, numbered headings, the signature, the colophon and page numbers', async () => {
    const { document, settings, footers } = await partsOf(
      await officialDocument({
        issuer: '示范市人民政府督查室',
        documentNumber: documentNumber('示督', 2026, 3),
        title: '关于问责年活动进展情况的通报',
        recipients: '各县区人民政府，市政府各部门',
        body: [
          { heading: '总体情况', paragraphs: ['第一段。\n第二段。'] },
          {
            heading: '存在问题',
            sections: [
              { heading: '督办落实', sections: [{ heading: '逾期事项', sections: [{ heading: '细项' }] }] },
            ],
          },
        ],
        signature: '示范市人民政府督查室',
        date: '2026-07-01',
        cc: ['市纪委监委'],
      }),
    );
    // A4; margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a 156 × 225 mm text block).
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(
      /<w:pgMar[^>]*w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/,
    );
    // 22 lines to the page: every line exactly 225 / 22 mm.
    expect(document).toContain('w:line="580" w:lineRule="exact"');
    // The head: the issuer in red 小标宋, the number, the title in 2号 (22 pt = 44 half-points).
    expect(document).toMatch(/方正小标宋简体[\s\S]*?w:color w:val="FF0000"[\s\S]*?示范市人民政府督查室/);
    expect(document).toContain('示督〔2026〕3号');
    expect(document).toMatch(/w:sz w:val="44"[\s\S]*?关于问责年活动进展情况的通报/);
    expect(document).toContain('各县区人民政府，市政府各部门：');
    // Headings numbered by depth, in 黑体, 楷体 and 仿宋; the body in 3号仿宋 (16 pt).
    expect(document).toMatch(/w:eastAsia="黑体"[\s\S]*?一、总体情况/);
    expect(document).toContain('二、存在问题');
    expect(document).toMatch(/w:eastAsia="楷体_GB2312"[\s\S]*?（一）督办落实/);
    expect(document).toContain('1.逾期事项');
    expect(document).toContain('（1）细项');
    expect(document).toContain('第二段。');
    expect(document).toContain('w:eastAsia="仿宋_GB2312"');
    expect(document).toContain('2026年7月1日');
    expect(document).toContain('抄送：市纪委监委。');
    expect(document).toContain('2026年7月1日印发');
    // Page numbers “— 1 —”: odd pages on the right, even pages on the left.
    expect(settings).toContain('w:evenAndOddHeaders');
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('— ');
      expect(footer).toContain('PAGE');
    }
    expect(footers.some((f) => f.includes('w:val="right"'))).toBe(true);
    expect(footers.some((f) => f.includes('w:val="left"'))).toBe(true);
  });

  it('places pictures under their section, and writes the layout’s words in English for an English reader', async () => {
    // A 1 × 1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const { document, media } = await partsOf(
      await officialDocument({
        issuer: 'City Office',
        title: 'Briefing',
        body: [
          {
            heading: 'Leads',
            paragraphs: ['Thirty leads.'],
            images: [{ png, width: 580, height: 200, description: 'Leads by source' }],
            sections: [{ heading: 'Detail' }],
          },
        ],
        signature: 'City Office',
        date: '2026-07-01',
        cc: ['Inspectors'],
        language: 'en-US',
      }),
    );
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    // Shown 580 × 200 px (EMU: 9,525 a pixel), with its alt text, after the paragraph.
    expect(document).toMatch(/Thirty leads\.[\s\S]*<w:drawing>[\s\S]*cx="5524500" cy="1905000"/);
    expect(document).toContain('descr="Leads by source"');
    expect(document).toContain('1. Leads');
    expect(document).toContain('(1) Detail');
    expect(document).toContain('1 July 2026');
    expect(document).toContain('Cc: Inspectors.');
    expect(document).toContain('Issued 1 July 2026');
    expect(document).not.toContain('一、');
  });
});
