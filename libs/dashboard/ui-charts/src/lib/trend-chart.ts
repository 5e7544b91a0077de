import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ChartOption } from './chart-api';
import { ChartComponent } from './chart';
import { COLORS, percentLabel } from './palette';

export interface TrendSeries {
  name: string;
  type: 'bar' | 'line';
  data: (number | null)[];
  /** Second (percent) axis, for rates drawn over amounts. */
  percent?: boolean;
  color?: string;
  /** Colour per data point (e.g. each bar in its band's colour). */
  colors?: (string | null)[];
  /** Text drawn at the end of each bar (the band word/symbol, so colour is not the only cue). */
  pointLabels?: string[];
  /** Reference lines on the value axis (the rules' thresholds). */
  markLines?: { value: number; label: string; color?: string }[];
}

/** Bars and lines over categories (months, agencies…); horizontal for rankings. */
@Component({
  selector: 'bs-trend-chart',
  imports: [ChartComponent],
  template: `<bs-chart
    [option]="option()"
    [loading]="loading()"
    [empty]="categories().length === 0"
    [height]="height()"
    [label]="label()"
    [loadingText]="loadingText()"
    [emptyText]="emptyText()"
    (chartClick)="categoryClick.emit($event.dataIndex)"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChartComponent {
  readonly categories = input<string[]>([]);
  readonly series = input<TrendSeries[]>([]);
  /** Unit of the value axis, e.g. 万元. */
  readonly unit = input('');
  readonly horizontal = input(false);
  readonly loading = input(false);
  readonly height = input('320px');
  readonly label = input('');
  readonly loadingText = input('加载中…');
  readonly emptyText = input('暂无数据');
  readonly categoryClick = output<number>();

  protected readonly option = computed<ChartOption>(() => {
    const series = this.series();
    const hasPercent = series.some((s) => s.percent);
    const categoryAxis = {
      type: 'category' as const,
      data: this.categories(),
      axisLabel: { hideOverlap: true },
    };
    const valueAxes = [
      { type: 'value' as const, name: this.unit() },
      ...(hasPercent
        ? [
            {
              type: 'value' as const,
              axisLabel: { formatter: (v: number) => percentLabel(v) },
              splitLine: { show: false },
            },
          ]
        : []),
    ];
    const palette = [COLORS.primary, COLORS.secondary, COLORS.warn, COLORS.ok];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      // Room for the band words drawn at the end of the bars.
      grid: {
        left: 8,
        right: series.some((s) => s.pointLabels) ? 72 : 16,
        top: 36,
        bottom: 8,
        containLabel: true,
      },
      xAxis: this.horizontal() ? valueAxes[0] : categoryAxis,
      yAxis: this.horizontal() ? { ...categoryAxis, inverse: true } : valueAxes,
      series: series.map((s, i) => ({
        name: s.name,
        type: s.type,
        data: s.data,
        yAxisIndex: !this.horizontal() && s.percent ? 1 : 0,
        itemStyle: { color: s.color ?? palette[i % palette.length] },
        ...(s.type === 'line' ? { smooth: true, connectNulls: true } : { barMaxWidth: 28 }),
        ...pointStyles(s, this.horizontal()),
      })),
    } as ChartOption;
  });
}

/** Per-point colours and labels, reference lines: only what the series asks for. */
function pointStyles(s: TrendSeries, horizontal: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.colors || s.pointLabels) {
    out['data'] = s.data.map((value, i) => ({
      value,
      itemStyle: s.colors?.[i] ? { color: s.colors[i] } : undefined,
      label: s.pointLabels?.[i]
        ? { show: true, position: horizontal ? 'right' : 'top', formatter: s.pointLabels[i], fontSize: 11 }
        : undefined,
    }));
  }
  if (s.markLines?.length) {
    out['markLine'] = {
      silent: true,
      symbol: 'none',
      data: s.markLines.map((m) => ({
        [horizontal ? 'xAxis' : 'yAxis']: m.value,
        name: m.label,
        lineStyle: { color: m.color ?? COLORS.danger, type: 'dashed' },
        label: { formatter: m.label, position: horizontal ? 'insideEndTop' : 'insideEndTop', fontSize: 10 },
      })),
    };
  }
  return out;
}
