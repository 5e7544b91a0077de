import * as echarts from 'echarts';
import type { ReportData, ReportLang } from './report-data';
import type { ReportChart } from './report-document';
import { budgetTypeLabel } from './report-labels';

/** The dashboard's colours (libs/dashboard/ui-charts palette): on track, behind, far behind. */
const COLORS = { ok: '#2e9d6a', warn: '#e49b0f', danger: '#d14343', muted: '#98a2b3', text: '#344054' };

function lagColor(rate: number | null, timeProgress: number): string {
  if (rate === null) return COLORS.muted;
  if (rate < timeProgress - 0.2) return COLORS.danger;
  if (rate < timeProgress - 0.1) return COLORS.warn;
  return COLORS.ok;
}

/**
 * The four budgets' execution rate against time progress, drawn on the server (ECharts SSR to
 * SVG), coloured as the dashboard colours a lag. Null when there is no budget to draw.
 */
export function budgetsChart(d: ReportData, lang: ReportLang): ReportChart | null {
  if (!d.budgets.length) return null;
  const width = 640;
  const height = 300;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const tp = Math.round(d.timeProgress * 1000) / 10;
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'sans-serif', color: COLORS.text },
      grid: { left: 48, right: 24, top: 32, bottom: 48 },
      xAxis: {
        type: 'category',
        data: d.budgets.map((b) => budgetTypeLabel(b.budgetType, lang)),
        axisLabel: { interval: 0, width: 130, overflow: 'break' },
      },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 56,
          label: { show: true, position: 'top', formatter: (p: { value: number }) => `${p.value}%` },
          data: d.budgets.map((b) => ({
            // No budget: no bar (not a 0% one).
            value: b.rate === null ? null : Math.round(b.rate * 1000) / 10,
            itemStyle: { color: lagColor(b.rate, d.timeProgress) },
          })),
          markLine: {
            symbol: 'none',
            lineStyle: { color: COLORS.text, type: 'dashed' },
            label: {
              formatter: `${lang === 'zh' ? '时间进度' : 'time progress'} ${tp}%`,
              position: 'insideEndTop',
            },
            data: [{ yAxis: tp }],
          },
        },
      ],
    });
    return {
      svg: chart.renderToSVGString(),
      width,
      height,
      caption:
        lang === 'zh'
          ? '图1 四本预算执行率与时间进度'
          : 'Figure 1. Execution rate of the four budgets against time progress',
    };
  } finally {
    chart.dispose();
  }
}
