/**
 * An ECharts chart as a React component: the option is the whole description (series, axes,
 * legend), re-applied when it changes; the chart follows its container's size.
 */
import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts';
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';

export interface ChartProps {
  readonly option: EChartsOption;
  readonly style?: CSSProperties;
  /** For tests and screen readers. */
  readonly label?: string;
}

export function Chart({ option, style, label }: ChartProps): ReactNode {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (element.current === null) return undefined;
    const instance = echarts.init(element.current, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      instance.resize();
    });
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height: 320, ...style }} />;
}
