import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
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
const CJK_FAMILY = 'Noto Sans CJK SC';

/** The CJK font file the charts are drawn with, or null (then the system's fonts are scanned). */
export function chartFontFile(): string | null {
  return CJK_FONT_FILES.find((f) => existsSync(f)) ?? null;
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
  const font = chartFontFile();
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: ZOOM },
    font: font
      ? { loadSystemFonts: false, fontFiles: [font], defaultFontFamily: CJK_FAMILY }
      : { loadSystemFonts: true },
  })
    .render()
    .asPng();
  return { png, width: CHART_WIDTH, height, description };
}
