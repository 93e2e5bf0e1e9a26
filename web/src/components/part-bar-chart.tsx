import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from './use-echart.ts';

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
  const keys = props.series.map((s) => s.key);
  const { box, chart } = useEChart((e) => props.onPick?.(e.dataIndex, keys[e.seriesIndex ?? 0]!));
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
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
