import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ChartOption } from './chart-api';
import { ChartComponent } from './chart';

export interface PieSlice {
  key: string;
  name: string;
  value: number;
  color?: string;
}

/** Shares of a whole (e.g. open alerts by severity); a click emits the slice key. */
@Component({
  selector: 'bs-pie-chart',
  imports: [ChartComponent],
  template: `<bs-chart
    [option]="option()"
    [loading]="loading()"
    [empty]="total() === 0"
    [height]="height()"
    [label]="label()"
    [loadingText]="loadingText()"
    [emptyText]="emptyText()"
    (chartClick)="onClick($event.key)"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PieChartComponent {
  readonly slices = input<PieSlice[]>([]);
  readonly loading = input(false);
  readonly height = input('240px');
  readonly label = input('');
  readonly loadingText = input('加载中…');
  readonly emptyText = input('暂无数据');
  readonly sliceClick = output<string>();

  protected readonly total = computed(() => this.slices().reduce((s, x) => s + x.value, 0));
  protected readonly option = computed<ChartOption>(
    () =>
      ({
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [
          {
            type: 'pie',
            radius: ['40%', '68%'],
            center: ['50%', '45%'],
            label: { formatter: '{b}: {c}' },
            data: this.slices().map((s) => ({
              key: s.key,
              name: s.name,
              value: s.value,
              itemStyle: s.color ? { color: s.color } : undefined,
            })),
          },
        ],
      }) as ChartOption,
  );

  protected onClick(key: string | null): void {
    if (key) this.sliceClick.emit(key);
  }
}
