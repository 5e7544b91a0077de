import { TestBed } from '@angular/core/testing';
import { CHART_ENGINE_LOADER, ChartClick, ChartInstance, ChartOption } from './chart-api';
import { TreemapChartComponent } from './treemap-chart';
import { ScatterChartComponent } from './scatter-chart';

/** A fake ECharts: records options, lets the test click, counts disposals. */
function fakeEngine() {
  const state = {
    options: [] as ChartOption[],
    disposed: 0,
    click: null as ((c: ChartClick) => void) | null,
  };
  const instance: ChartInstance = {
    setOption: (o) => state.options.push(o),
    resize: () => undefined,
    dispose: () => state.disposed++,
    onClick: (h) => (state.click = h),
  };
  return {
    state,
    provider: { provide: CHART_ENGINE_LOADER, useValue: () => Promise.resolve({ init: () => instance }) },
  };
}

describe('chart wrappers', () => {
  it('treemap builds its option from plain items, emits the clicked key, disposes on destroy', async () => {
    const { state, provider } = fakeEngine();
    TestBed.configureTestingModule({ providers: [provider] });
    const fixture = TestBed.createComponent(TreemapChartComponent);
    fixture.componentRef.setInput('items', [
      { key: '101001', name: '教育局', value: 500, rate: 0.2, band: 'high', tooltip: ['<b>x</b>'] },
      { key: '101002', name: '卫健委', value: 300, rate: 0.6, band: 'ok', tooltip: [] },
      { key: '101003', name: '文旅局', value: 100, rate: null, band: null, tooltip: [] },
    ]);
    fixture.componentRef.setInput('timeProgress', 0.5);
    const clicked: string[] = [];
    fixture.componentInstance.segmentClick.subscribe((k) => clicked.push(k));
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r, 0));
    await fixture.whenStable();

    const option = state.options.at(-1) as {
      series: { data: { key: string; itemStyle: { color: string } }[] }[];
    };
    expect(option.series[0].data.map((d) => d.key)).toEqual(['101001', '101002', '101003']);
    // The band from the API decides the colour (no threshold in the chart): high red, ok green, none grey.
    expect(option.series[0].data[0].itemStyle.color).toBe('#d14343');
    expect(option.series[0].data[1].itemStyle.color).toBe('#2e9d6a');
    expect(option.series[0].data[2].itemStyle.color).toBe('#98a2b3');

    state.click?.({ name: '教育局', dataIndex: 0, seriesIndex: 0, key: '101001' });
    expect(clicked).toEqual(['101001']);

    fixture.destroy();
    expect(state.disposed).toBe(1);
  });

  it('scatter draws the warning lines and shows an empty state without points', async () => {
    const { state, provider } = fakeEngine();
    TestBed.configureTestingModule({ providers: [provider] });
    const fixture = TestBed.createComponent(ScatterChartComponent);
    fixture.componentRef.setInput('emptyText', 'none');
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r, 0));
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('none');

    fixture.componentRef.setInput('points', [{ key: 'E1', name: 'A', x: 10, y: 0.9 }]);
    // The lines are the SOE_LEVERAGE thresholds the page passes in (from /meta/bands).
    fixture.componentRef.setInput('warnLines', [0.7, 0.85]);
    await fixture.whenStable();
    const option = state.options.at(-1) as { series: { markLine: { data: { yAxis: number }[] } }[] };
    expect(option.series[0].markLine.data.map((d) => d.yAxis)).toEqual([0.7, 0.85]);
  });
});
