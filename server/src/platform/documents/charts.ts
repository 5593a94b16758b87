import { randomUUID } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { subsetFont } from './font-subset';
import type { DocumentImage } from './official-document';

// Only what a document's charts draw: bars on a grid, as SVG (no canvas, no DOM on the server).
echarts.use([BarChart, GridComponent, SVGRenderer]);

export interface ChartBar {
  label: string;
  value: number;
  /** A bar of a colour of its own (the three colours of supervision). */
  colour?: string | undefined;
}

/**
 * Where a CJK font is found: the rasteriser draws no glyph it has no font for, so without one a
 * chart's Chinese labels would vanish. Debian's and Ubuntu's fonts-noto-cjk first (what CI and the
 * README install), then other distributions' places for the same fonts.
 */
const CJK_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc',
];
export const CJK_FAMILY = 'Noto Sans CJK SC';
/** Where Noto Sans CJK SC is in those collections (JP, KR, SC, TC, HK, then the Mono faces). */
export const CJK_FACE_INDEX = 2;

/** The CJK font file the charts are drawn with, or null (then the system's fonts are scanned). */
export function chartFontFile(): string | null {
  return CJK_FONT_FILES.find((f) => existsSync(f)) ?? null;
}

/**
 * The chart's SVG as a PNG, drawn with the CJK face cut down to the characters of the SVG
 * (font-subset.ts: the rasteriser then spends about 10 ms on a chart instead of 0.6 s), given as a
 * file that is removed once read — resvg-js takes a font in a buffer about a second slower than
 * the same bytes in a file. With the whole face when it cannot be subset; with the system's fonts
 * when there is no CJK font.
 */
function rasterise(svg: string): Buffer {
  const render = (font: ResvgRenderOptions['font']) =>
    new Resvg(svg, { fitTo: { mode: 'zoom', value: ZOOM }, font }).render().asPng();
  const file = chartFontFile();
  if (!file) return render({ loadSystemFonts: true });
  let subset: string | null = null;
  try {
    const path = join(tmpdir(), `zeren-chart-font-${process.pid}-${randomUUID()}.otf`);
    writeFileSync(path, subsetFont(file, CJK_FACE_INDEX, svg));
    subset = path;
  } catch {
    // Drawn with the whole face below: slower, the same picture.
  }
  try {
    return render({ loadSystemFonts: false, fontFiles: [subset ?? file], defaultFontFamily: CJK_FAMILY });
  } finally {
    if (subset) rmSync(subset, { force: true });
  }
}

/** Pixels of 1/96 inch: the 156 mm text block of GB/T 9704 holds a chart this wide. */
export const CHART_WIDTH = 580;
/** Drawn at twice the size shown, so the printed page is sharp. */
const ZOOM = 2;

/**
 * Horizontal bars, one per figure, labels on the left and each value at its bar's end, as a PNG
 * for a .docx: echarts draws it as SVG on the server (SSR), resvg rasterises it with a CJK font.
 * One chart at a time, each instance disposed before the next: the server's memory holds one
 * chart's SVG and bitmap, never a document's worth.
 */
export function barChartPng(bars: readonly ChartBar[], description: string): DocumentImage {
  const height = Math.max(120, bars.length * 32 + 40);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height });
  let svg: string;
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: CJK_FAMILY, fontSize: 13 },
      grid: { left: 8, right: 48, top: 8, bottom: 8 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((b) => b.label),
        axisLabel: { width: 160, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 28,
          label: { show: true, position: 'right' },
          data: bars.map((b) => ({ value: b.value, itemStyle: b.colour ? { color: b.colour } : undefined })),
        },
      ],
    });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  return { png: rasterise(svg), width: CHART_WIDTH, height, description };
}
