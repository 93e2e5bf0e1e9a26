import { ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from './use-echart.ts';

echarts.use([ScatterChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export type TVillagePoint = { code: string; name: string; lng: number; lat: number; value: number };

/**
 * Villages at the points the county entered (经度 across, 纬度 up, a degree of longitude drawn shorter by
 * the cosine of the latitude, so the county keeps its shape), coloured by the measure from green (none)
 * to red (the most). No base map: nothing is fetched from outside. A click hands the village to `onPick`.
 * Loaded on demand (React.lazy).
 */
export default function VillagePointChart(props: {
  points: TVillagePoint[];
  label: string;
  legend: [low: string, high: string];
  onPick: (code: string) => void;
}) {
  const { box, chart } = useEChart((e) => {
    const code = (e.data as { code?: string } | undefined)?.code;
    if (code) props.onPick(code);
  });
  const lngs = props.points.map((p) => p.lng);
  const lats = props.points.map((p) => p.lat);
  const pad = 0.02;
  const [west, east] = [Math.min(...lngs) - pad, Math.max(...lngs) + pad];
  const [south, north] = [Math.min(...lats) - pad, Math.max(...lats) + pad];
  const max = Math.max(1, ...props.points.map((p) => p.value));
  // the drawing's height for its width, as the ground is (a degree east is cos(latitude) of a degree north)
  const ratio = (north - south) / ((east - west) * Math.cos((((north + south) / 2) * Math.PI) / 180));
  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        tooltip: {
          formatter: (p: { data: { name: string; value: number[] } }) => `${p.data.name}：${p.data.value[2]}`,
        },
        grid: { left: 8, right: 8, top: 8, bottom: 40, containLabel: false },
        xAxis: { type: 'value', min: west, max: east, show: false },
        yAxis: { type: 'value', min: south, max: north, show: false },
        visualMap: {
          min: 0,
          max,
          dimension: 2,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          itemHeight: 120,
          text: [props.legend[1], props.legend[0]],
          calculable: false,
          inRange: { color: ['#52c41a', '#faad14', '#cf1322'] },
        },
        series: [
          {
            type: 'scatter',
            symbolSize: 12,
            cursor: 'pointer',
            // names beside the points while they fit; on hover otherwise
            label: { show: props.points.length <= 40, position: 'right', fontSize: 11, formatter: '{b}' },
            data: props.points.map((p) => ({ name: p.name, code: p.code, value: [p.lng, p.lat, p.value] })),
          },
        ],
      },
      { notMerge: true },
    );
  });
  // at most 440 px high, as wide as the ground is for that height (never wider than the card)
  const height = 440;
  const width = height / Math.min(2, Math.max(0.5, ratio));
  return (
    <div
      ref={box}
      role="img"
      aria-label={props.label}
      style={{ height, width: `min(100%, ${Math.round(width)}px)`, margin: '0 auto' }}
    />
  );
}
