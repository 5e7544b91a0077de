import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ChartOption } from './chart-api';
import { ChartComponent } from './chart';
import type { Band } from '@bs/shared-model';
import { bandColor, escapeHtml } from './palette';

export interface TreemapItem {
  key: string;
  name: string;
  /** Size of the block (e.g. budget in 万元). */
  value: number;
  rate: number | null;
  /** Colours the block: the band the API gave (rule thresholds). */
  band?: Band | null;
  /** Plain-text tooltip lines. */
  tooltip: string[];
}

/** Blocks sized by budget, coloured by lag; a click emits the block's key (drill down). */
@Component({
  selector: 'bs-treemap-chart',
  imports: [ChartComponent],
  template: `<bs-chart
    [option]="option()"
    [loading]="loading()"
    [empty]="items().length === 0"
    [height]="height()"
    [label]="label()"
    [loadingText]="loadingText()"
    [emptyText]="emptyText()"
    (chartClick)="onClick($event.key)"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TreemapChartComponent {
  readonly items = input<TreemapItem[]>([]);
  readonly timeProgress = input<number | null>(null);
  readonly loading = input(false);
  readonly height = input('420px');
  readonly label = input('');
  readonly loadingText = input('加载中…');
  readonly emptyText = input('暂无数据');
  readonly segmentClick = output<string>();

  protected readonly option = computed<ChartOption>(() => {
    const tips = new Map(this.items().map((i) => [i.key, i.tooltip]));
    return {
      tooltip: {
        formatter: (p: unknown) => {
          const key = (p as { data?: { key?: string } }).data?.key ?? '';
          return (tips.get(key) ?? []).map(escapeHtml).join('<br>');
        },
      },
      series: [
        {
          type: 'treemap',
          roam: false,
          nodeClick: false,
          breadcrumb: { show: false },
          // Fill the box exactly: the defaults leave room for a breadcrumb we hide and shift the map.
          left: 0,
          top: 0,
          right: 0,
          bottom: 0,
          label: { show: true, formatter: '{b}', overflow: 'truncate' },
          data: this.items().map((i) => ({
            key: i.key,
            name: i.name,
            value: Math.max(i.value, 0),
            itemStyle: { color: bandColor(i.band), borderColor: '#fff', borderWidth: 2 },
          })),
        },
      ],
    } as ChartOption;
  });

  protected onClick(key: string | null): void {
    if (key) this.segmentClick.emit(key);
  }
}
