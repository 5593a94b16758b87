import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { barChartPng, CHART_WIDTH, CJK_FACE_INDEX, CJK_FAMILY, chartFontFile } from './charts';
import { subsetFont } from './font-subset';

const temporaryDir = () => mkdtempSync(join(tmpdir(), 'zeren-test-chart-'));

/** Width and height of a PNG, from its IHDR chunk. */
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('charts drawn on the server for documents', () => {
  it('draws bars as a PNG twice the size it is shown at', () => {
    const image = barChartPng(
      [
        { label: 'A', value: 3 },
        { label: 'B', value: 0, colour: '#ff4d4f' },
      ],
      'test',
    );
    expect(image.png.subarray(1, 4).toString()).toBe('PNG');
    expect(image.width).toBe(CHART_WIDTH);
    expect(size(image.png)).toEqual({ width: 2 * image.width, height: 2 * image.height });
    expect(image.description).toBe('test');
  });

  it('draws Chinese labels with a CJK font (without one every character is the same missing glyph)', () => {
    expect(chartFontFile(), 'no CJK font: apt-get install fonts-noto-cjk (README, "Test it")').not.toBeNull();
    const bars = (label: string) => [
      { label, value: 5 },
      { label: `${label}等`, value: 2 },
    ];
    // Same bars, labels of the same length: only the glyphs drawn can tell the pictures apart.
    const one = barChartPng(bars('群众举报'), 'one').png;
    const other = barChartPng(bars('媒体曝光'), 'other').png;
    expect(one.equals(other)).toBe(false);
  });
});

describe('the font a chart is drawn with', () => {
  const svg = (text: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="4" y="24" style="font-size:13px;font-family:Noto Sans CJK SC;">${text}</text></svg>`;
  const draw = (markup: string, fontFile: string) =>
    new Resvg(markup, {
      font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: CJK_FAMILY },
    })
      .render()
      .asPng();

  it('is the CJK face cut down to the characters drawn: the same pixels as the whole face', () => {
    const file = chartFontFile()!;
    const text = '城关区教育局：12件（办结率 85%）';
    const subset = subsetFont(file, CJK_FACE_INDEX, text);
    expect(subset.length).toBeLessThan(statSync(file).size / 100);
    const dir = temporaryDir();
    try {
      writeFileSync(join(dir, 'subset.otf'), subset);
      expect(draw(svg(text), join(dir, 'subset.otf')).equals(draw(svg(text), file))).toBe(true);
      // A character left out of the subset is not drawn (what makes the comparison above tell).
      writeFileSync(join(dir, 'short.otf'), subsetFont(file, CJK_FACE_INDEX, text.replace('教', '')));
      expect(draw(svg(text), join(dir, 'short.otf')).equals(draw(svg(text), file))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves no file behind once a chart is drawn', () => {
    const ours = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`zeren-chart-font-${process.pid}-`));
    barChartPng([{ label: '群众举报', value: 3 }], 'one');
    expect(ours()).toEqual([]);
  });
});
