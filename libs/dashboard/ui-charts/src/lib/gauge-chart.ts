import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartOption } from './chart-api';
import { ChartComponent } from './chart';
import type { Band } from '@bs/shared-model';
import { COLORS, bandColor, percentLabel } from './palette';

/**
 * Spending rate (the coloured arc) against time progress (the needle): a
 * committee member sees at a glance whether spending keeps pace with the year.
 */
@Component({
  selector: 'bs-gauge-chart',
  imports: [ChartComponent],
  template: `<bs-chart
    [option]="option()"
    [loading]="loading()"
    [empty]="value() === null"
    [height]="height()"
    [label]="label()"
    [loadingText]="loadingText()"
    [emptyText]="emptyText()"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GaugeChartComponent {
  /** Ratio 0..1 (may exceed 1). */
  readonly value = input<number | null>(null);
  /** Where the needle points, ratio 0..1 (time progress). */
  readonly marker = input<number | null>(null);
  /** The figure's band from the API (rule thresholds); no band: a neutral arc. */
  readonly band = input<Band | null | undefined>(undefined);
  readonly valueName = input('执行率');
  readonly markerName = input('时间进度');
  readonly loading = input(false);
  readonly height = input('200px');
  readonly label = input('');
  readonly loadingText = input('加载中…');
  readonly emptyText = input('暂无数据');

  protected readonly option = computed<ChartOption>(() => {
    const value = this.value() ?? 0;
    const marker = this.marker();
    const max = Math.max(1, Math.ceil(value * 10) / 10);
    const geometry = {
      type: 'gauge' as const,
      min: 0,
      max,
      startAngle: 200,
      endAngle: -20,
      radius: '95%',
      center: ['50%', '60%'],
    };
    return {
      series: [
        {
          ...geometry,
          progress: {
            show: true,
            width: 14,
            itemStyle: { color: this.band() === undefined ? COLORS.primary : bandColor(this.band()) },
          },
          axisLine: { lineStyle: { width: 14 } },
          axisTick: { show: false },
          splitLine: { show: false },
          axisLabel: { show: false },
          pointer: { show: false },
          anchor: { show: false },
          title: { offsetCenter: [0, '30%'], fontSize: 12, color: COLORS.text },
          detail: {
            offsetCenter: [0, '-5%'],
            fontSize: 20,
            formatter: (v: number) => percentLabel(v, 1),
            color: COLORS.text,
          },
          data: [{ value, name: this.valueName() }],
        },
        {
          ...geometry,
          axisLine: { show: false },
          axisTick: { show: false },
          splitLine: { show: false },
          axisLabel: { show: false },
          progress: { show: false },
          // A short tick across the ring, not a needle from the pivot: a needle ran through the percentage text.
          pointer: {
            show: marker !== null,
            icon: 'rect',
            length: '26%',
            width: 4,
            offsetCenter: [0, '-81%'],
            itemStyle: { color: COLORS.text },
          },
          anchor: { show: false },
          title: { offsetCenter: [0, '52%'], fontSize: 11, color: COLORS.muted },
          detail: { show: false },
          data:
            marker === null
              ? []
              : [{ value: marker, name: `${this.markerName()} ${percentLabel(marker, 1)}` }],
        },
      ],
    } as ChartOption;
  });
}
