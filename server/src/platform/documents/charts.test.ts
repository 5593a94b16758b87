import { describe, expect, it } from 'vitest';
import { barChartPng, CHART_WIDTH, chartFontFile } from './charts';

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
