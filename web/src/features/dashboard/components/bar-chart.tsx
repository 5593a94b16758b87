import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the dashboard draws: bars on a grid with a tooltip, on canvas. The page is loaded
// on demand, so none of it reaches the staff app's first bundle.
echarts.use([Bars, GridComponent, TooltipComponent, CanvasRenderer]);

export interface Bar {
  label: string;
  value: number;
  /** A bar of a colour of its own (the three colours of supervision). */
  colour?: string;
}

/**
 * Horizontal bars, one per figure, longest labels on the left; a click on a bar calls `onPick`
 * with its index. Resizes with its box (a phone's width included).
 */
export function BarChart({
  bars,
  onPick,
  testId,
}: {
  bars: readonly Bar[];
  onPick: (index: number) => void;
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const element = box.current!;
    const instance = echarts.init(element);
    chart.current = instance;
    instance.on('click', (params) => pick.current(params.dataIndex));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'item' },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: {
          type: 'category',
          inverse: true,
          data: bars.map((b) => b.label),
          axisLabel: { width: 120, overflow: 'truncate' },
        },
        series: [
          {
            type: 'bar',
            cursor: 'pointer',
            label: { show: true, position: 'right' },
            data: bars.map((b) => ({
              value: b.value,
              itemStyle: b.colour ? { color: b.colour } : undefined,
            })),
          },
        ],
      },
      true,
    );
  }, [bars]);

  return (
    <div
      ref={box}
      style={{ width: '100%', height: Math.max(120, bars.length * 32 + 24) }}
      data-testid={testId}
      data-bars={bars.length}
    />
  );
}
