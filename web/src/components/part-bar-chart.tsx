import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type TPartSeries = { key: string; name: string; data: number[]; color: string };

/**
 * A division's parts (townships or villages, in code order: never ranked) as horizontal stacked bars,
 * a series a figure. A click on a bar hands its part and figure to `onPick` (the page opens the list).
 * Loaded on demand (React.lazy): ECharts stays out of every other page's download. ECharts itself draws
 * into the element (SVG) and is disposed with it.
 */
export default function PartBarChart(props: {
  parts: string[];
  series: TPartSeries[];
  onPick?: (partIndex: number, seriesKey: string) => void;
  label: string;
}) {
  const option = {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0, itemWidth: 12, itemHeight: 12 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    // the first part on top, as in the tables
    yAxis: { type: 'category', data: props.parts, inverse: true, axisTick: { show: false } },
    series: props.series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: 'all',
      data: s.data,
      itemStyle: { color: s.color },
      barMaxWidth: 18,
      cursor: props.onPick ? 'pointer' : 'default',
    })),
  };
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;
  const keys = props.series.map((s) => s.key);
  // one chart for the element's life; it follows the element's width
  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.setOption(option, { notMerge: true });
    c.off('click');
    c.on('click', (e) => pick.current?.(e.dataIndex, keys[e.seriesIndex ?? 0]!));
  });
  return (
    <div
      ref={box}
      role="img"
      aria-label={props.label}
      style={{ height: 48 + props.parts.length * 26, width: '100%' }}
    />
  );
}
