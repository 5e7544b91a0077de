import { BarChart, GaugeChart, LineChart, PieChart, ScatterChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartClick, ChartEngine, ChartInstance, ChartOption } from './chart-api';

// Register only what the dashboard draws (tree-shaking keeps the rest out).
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  TreemapChart,
  GaugeChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

export const echartsEngine: ChartEngine = {
  init(element: HTMLElement): ChartInstance {
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    return {
      setOption: (option: ChartOption) => chart.setOption(option, { notMerge: true }),
      resize: () => chart.resize(),
      dispose: () => chart.dispose(),
      onClick: (handler: (click: ChartClick) => void) =>
        chart.on('click', (p) => {
          const data = p.data as { key?: unknown } | null | undefined;
          const key = data && typeof data === 'object' && typeof data.key === 'string' ? data.key : null;
          handler({ name: p.name, dataIndex: p.dataIndex, seriesIndex: p.seriesIndex ?? 0, key });
        }),
    };
  },
};
