import { InjectionToken } from '@angular/core';
import type {
  BarSeriesOption,
  GaugeSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
  ScatterSeriesOption,
  TreemapSeriesOption,
} from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The option shape our charts build (only the parts we register). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | TreemapSeriesOption
  | GaugeSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
>;

/** What a click on a chart element tells us. */
export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesIndex: number;
  /** The data item's `key` when the item carries one. */
  key: string | null;
}

/** The slice of an ECharts instance we use; tests hand in a fake. */
export interface ChartInstance {
  setOption(option: ChartOption): void;
  resize(): void;
  dispose(): void;
  onClick(handler: (click: ChartClick) => void): void;
}

export interface ChartEngine {
  init(element: HTMLElement): ChartInstance;
}

/**
 * Loads ECharts on first use: a dynamic import, so the library is never in the
 * initial bundle (it arrives with the first page that draws a chart).
 */
export const CHART_ENGINE_LOADER = new InjectionToken<() => Promise<ChartEngine>>('CHART_ENGINE_LOADER', {
  providedIn: 'root',
  factory: () => () => import('./echarts-engine').then((m) => m.echartsEngine),
});
