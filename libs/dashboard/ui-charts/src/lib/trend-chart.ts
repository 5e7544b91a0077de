import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ChartOption } from './chart-api';
import { ChartComponent } from './chart';
import { COLORS, escapeHtml, percentLabel } from './palette';

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
  /**
   * The unit 10,000 times larger (亿元 for 万元): when the figures reach 10,000 in `unit`, the axis
   * and tooltip switch to it (no "2,100,000 万元" axis).
   */
  readonly largeUnit = input('');
  /** Full category names for the tooltip when the axis shows short labels. */
  readonly fullNames = input<string[] | null>(null);
  readonly horizontal = input(false);
  readonly loading = input(false);
  readonly height = input('320px');
  readonly label = input('');
  readonly loadingText = input('加载中…');
  readonly emptyText = input('暂无数据');
  readonly categoryClick = output<number>();

  /** 10,000 when a large unit is given and the largest amount reaches 10,000 in the small one. */
  private readonly scale = computed(() => {
    if (!this.largeUnit()) return 1;
    const max = Math.max(
      0,
      ...this.series()
        .filter((s) => !s.percent)
        .flatMap((s) => s.data.map((v) => Math.abs(v ?? 0))),
    );
    return max >= 10_000 ? 10_000 : 1;
  });

  protected readonly option = computed<ChartOption>(() => {
    const scale = this.scale();
    const series = this.series().map((s) =>
      s.percent || scale === 1 ? s : { ...s, data: s.data.map((v) => (v === null ? null : v / scale)) },
    );
    const unit = scale === 1 ? this.unit() : this.largeUnit();
    const full = this.fullNames();
    const hasPercent = series.some((s) => s.percent);
    const categoryAxis = {
      type: 'category' as const,
      data: this.categories(),
      axisLabel: { hideOverlap: true },
    };
    const valueAxes = [
      // The unit sits above the axis, starting at its left edge (centred it was cut off).
      { type: 'value' as const, name: unit, nameTextStyle: { align: 'left' as const } },
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
      tooltip: {
        trigger: 'axis',
        ...(full ? { formatter: (p: unknown) => axisTooltip(p, full) } : {}),
      },
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

/** Axis tooltip with the category's full name (the axis shows the short one). */
function axisTooltip(params: unknown, fullNames: string[]): string {
  const items = (Array.isArray(params) ? params : [params]) as {
    dataIndex: number;
    marker?: string;
    seriesName?: string;
    value?: unknown;
  }[];
  if (!items.length) return '';
  const title = escapeHtml(fullNames[items[0].dataIndex] ?? '');
  const lines = items.map((i) => {
    const v =
      typeof i.value === 'object' && i.value !== null ? (i.value as { value?: unknown }).value : i.value;
    const text = typeof v === 'number' ? Math.round(v * 100) / 100 : '—';
    return `${i.marker ?? ''}${escapeHtml(i.seriesName ?? '')}: ${text}`;
  });
  return [title, ...lines].join('<br>');
}
