// The relation view: how A and B treat each other over time, both
// directions. Bars are event mentions (cooperation up, conflict down), the
// lines the mean Goldstein score.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { api } from './api.js';

// Only the parts the page uses, which keeps the bundle small.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

let chart;
let latest = 0;  // the last request: an older answer arriving later is dropped

function startsWith(code, prefix) {
  return code.startsWith(prefix);
}

export async function showRelation(a, b, by) {
  const el = document.getElementById('relation-chart');
  const caption = document.getElementById('relation-caption');
  const request = ++latest;
  const { series, a_name: aName, b_name: bName } = await api.dyad({ a, b, by });
  if (request !== latest) return;
  const periods = [...new Set(series.map((r) => r.period))].sort();
  const dirs = [
    { name: `${a} → ${b}`, test: (r) => startsWith(r.source, a) },
    { name: `${b} → ${a}`, test: (r) => !startsWith(r.source, a) },
  ];
  const chartSeries = [];
  for (const dir of dirs) {
    const coop = periods.map(() => 0);
    const conflict = periods.map(() => 0);
    const gsum = periods.map(() => 0);
    const count = periods.map(() => 0);
    for (const r of series.filter(dir.test)) {
      const i = periods.indexOf(r.period);
      coop[i] += r.verbal_coop + r.material_coop;
      conflict[i] -= r.verbal_conflict + r.material_conflict;
      gsum[i] += r.goldstein_sum;
      count[i] += r.events;
    }
    chartSeries.push(
      { name: `${dir.name} cooperation`, type: 'bar', stack: dir.name, data: coop },
      { name: `${dir.name} conflict`, type: 'bar', stack: dir.name, data: conflict },
      {
        name: `${dir.name} Goldstein`,
        type: 'line',
        yAxisIndex: 1,
        connectNulls: true,
        data: periods.map((_, i) => (count[i] ? +(gsum[i] / count[i]).toFixed(2) : null)),
      },
    );
  }
  // Both axes symmetric around zero, so that their zero lines meet.
  const bars = chartSeries.filter((s) => s.type === 'bar').flatMap((s) => s.data);
  const reach = Math.max(1, ...bars.map((v) => Math.abs(v)));
  const total = series.reduce((n, r) => n + r.events, 0);
  const who = `${aName} (${a}) and ${bName} (${b})`;
  caption.textContent = total
    ? `${total} event mentions between ${who}, by ${by}.`
    : `No events between ${who} in the store.`;
  el.dataset.points = String(total);
  if (!chart) chart = echarts.init(el);
  chart.setOption(
    {
      animation: false,
      color: ['#2e7d32', '#c62828', '#1565c0', '#66bb6a', '#ef9a9a', '#ff8f00'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 50, right: 50, top: 60, bottom: 40 },
      xAxis: { type: 'category', data: periods },
      yAxis: [
        { type: 'value', name: 'mentions', min: -reach, max: reach },
        { type: 'value', name: 'Goldstein', min: -10, max: 10 },
      ],
      series: chartSeries,
    },
    true,
  );
}

export function resizeRelation() {
  if (chart) chart.resize();
}
