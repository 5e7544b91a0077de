import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ChartOption } from './chart-api';
import { ChartComponent } from './chart';
import { COLORS, escapeHtml, percentLabel } from './palette';

export interface ScatterPoint {
  key: string;
  name: string;
  /** Size measure on x (e.g. total assets in 万元). */
  x: number;
  /** Ratio on y (e.g. liabilities / assets). */
  y: number;
}

/** SOE leverage: enterprises by size (x) and debt ratio (y), with warning lines at the SOE_LEVERAGE thresholds the page passes in. */
@Component({
  selector: 'bs-scatter-chart',
  imports: [ChartComponent],
  template: `<bs-chart
    [option]="option()"
    [loading]="loading()"
    [empty]="points().length === 0"
    [height]="height()"
    [label]="label()"
    [loadingText]="loadingText()"
    [emptyText]="emptyText()"
    (chartClick)="onClick($event.key)"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScatterChartComponent {
  readonly points = input<ScatterPoint[]>([]);
  readonly warnLines = input<number[]>([]);
  readonly xName = input('');
  readonly yName = input('');
  readonly loading = input(false);
  readonly height = input('360px');
  readonly label = input('');
  readonly loadingText = input('加载中…');
  readonly emptyText = input('暂无数据');
  readonly pointClick = output<string>();

  protected readonly option = computed<ChartOption>(() => {
    const lines = [...this.warnLines()].sort((a, b) => a - b);
    const top = lines[lines.length - 1] ?? 1;
    const colorOf = (y: number) =>
      y > top ? COLORS.danger : lines.length && y > lines[0] ? COLORS.warn : COLORS.primary;
    return {
      tooltip: {
        formatter: (p: unknown) => {
          const d = (p as { data?: { name?: string; value?: [number, number] } }).data;
          return d?.value ? `${escapeHtml(d.name ?? '')}<br>${percentLabel(d.value[1], 1)}` : '';
        },
      },
      // The x title sits centred under the axis: at the end it ran past the right edge.
      grid: { left: 8, right: 48, top: 24, bottom: 28, containLabel: true },
      xAxis: { type: 'value', name: this.xName(), nameLocation: 'middle', nameGap: 28, scale: true },
      yAxis: {
        type: 'value',
        name: this.yName(),
        min: 0,
        axisLabel: { formatter: (v: number) => percentLabel(v) },
      },
      series: [
        {
          type: 'scatter',
          symbolSize: 12,
          data: this.points().map((p) => ({
            key: p.key,
            name: p.name,
            value: [p.x, p.y],
            itemStyle: { color: colorOf(p.y) },
          })),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed' },
            label: { formatter: (m: { value?: unknown }) => percentLabel(Number(m.value)) },
            data: lines.map((y, i) => ({
              yAxis: y,
              lineStyle: { color: i === lines.length - 1 ? COLORS.danger : COLORS.warn },
            })),
          },
        },
      ],
    } as ChartOption;
  });

  protected onClick(key: string | null): void {
    if (key) this.pointClick.emit(key);
  }
}
