import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { CHART_ENGINE_LOADER, ChartClick, ChartInstance, ChartOption } from './chart-api';

/**
 * The one place that talks to ECharts: lazy engine, init after render, option
 * updates, resize with the container, dispose on destroy, loading/empty overlays.
 */
@Component({
  selector: 'bs-chart',
  template: `
    <div class="wrap" [style.height]="height()">
      <div
        #host
        class="host"
        role="img"
        [attr.aria-label]="label()"
        [class.hidden]="empty() && !loading()"
      ></div>
      @if (loading() || !ready()) {
        <div class="overlay" role="status">{{ loadingText() }}</div>
      } @else if (empty()) {
        <div class="overlay muted">{{ emptyText() }}</div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .wrap {
      position: relative;
      width: 100%;
    }
    .host {
      position: absolute;
      inset: 0;
    }
    .hidden {
      visibility: hidden;
    }
    .overlay {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
      color: #667085;
      background: rgb(255 255 255 / 0.6);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartComponent {
  private readonly loadEngine = inject(CHART_ENGINE_LOADER);
  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');

  readonly option = input<ChartOption | null>(null);
  readonly loading = input(false);
  readonly empty = input(false);
  readonly height = input('320px');
  readonly label = input('');
  readonly loadingText = input('加载中…');
  readonly emptyText = input('暂无数据');
  readonly chartClick = output<ChartClick>();

  protected readonly ready = signal(false);
  private instance: ChartInstance | null = null;
  private destroyed = false;

  constructor() {
    const destroyRef = inject(DestroyRef);
    let observer: ResizeObserver | null = null;

    afterNextRender(() => {
      this.loadEngine()
        .then((engine) => {
          if (this.destroyed) return;
          const chart = engine.init(this.host().nativeElement);
          chart.onClick((click) => this.chartClick.emit(click));
          this.instance = chart;
          if (typeof ResizeObserver !== 'undefined') {
            observer = new ResizeObserver(() => chart.resize());
            observer.observe(this.host().nativeElement);
          }
          this.ready.set(true);
        })
        .catch((err: unknown) => console.error('chart engine failed to load', err));
    });

    effect(() => {
      const option = this.option();
      if (this.ready() && this.instance && option) this.instance.setOption(option);
    });

    destroyRef.onDestroy(() => {
      this.destroyed = true;
      observer?.disconnect();
      this.instance?.dispose();
      this.instance = null;
    });
  }
}
