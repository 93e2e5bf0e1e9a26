import type { ECElementEvent, ECharts } from 'echarts/core';
import * as echarts from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * One ECharts instance (SVG) for an element's life: it follows the element's width, hands clicks to the
 * latest `onClick`, and is disposed with the element. The caller sets its option after each render.
 */
export function useEChart(onClick?: (event: ECElementEvent) => void) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (e) => click.current?.(e as ECElementEvent));
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  return { box, chart };
}
