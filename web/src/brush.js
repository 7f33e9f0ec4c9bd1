// A brushable overview timeline: events per week (stacked by quad class) of
// everything the filters keep; dragging across it selects a date range, a
// double click (or "whole range") clears it. Used above the network, so that
// an analyst picks a period by the shape of the news, not by two sliders.
//   const b = createBrush({ onSelect: (since, until) => ... });  // nulls = all
//   b.draw(series);          // rows of /api/series?by=week
//   b.mark(since, until);    // shade the range chosen elsewhere
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { el } from './dom.js';
import { QUADS } from './events.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const DAY = 86400000;
const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

export function createBrush({ onSelect }) {
  const canvas = el('canvas#brush-chart', { 'aria-label': 'events per week; drag to choose dates' });
  const shade = el('div.brush-shade', { hidden: true });
  const clearButton = el('button#brush-clear.more', { type: 'button', hidden: true }, 'whole range');
  const box = el('div#brush.brush-box', canvas, shade);
  const root = el('div.brush', box, el('div.brush-bar', el('span.hint', 'Drag across the weeks to choose a date range.'), clearButton));
  let chart = null;
  let weeks = [];
  let drag = null; // {start: index}

  const indexAt = (x) => {
    const i = Math.round(chart.scales.x.getValueForPixel(x));
    return Math.max(0, Math.min(weeks.length - 1, i));
  };
  const xOf = (i, side) => {
    const scale = chart.scales.x;
    const half = weeks.length > 1 ? (scale.getPixelForValue(1) - scale.getPixelForValue(0)) / 2 : 10;
    return scale.getPixelForValue(i) + side * half;
  };
  function shadeIndices(a, b) {
    if (!chart || !weeks.length) return;
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    shade.hidden = false;
    shade.style.left = `${xOf(lo, -1) + canvas.offsetLeft}px`;
    shade.style.width = `${Math.max(2, xOf(hi, 1) - xOf(lo, -1))}px`;
    box.dataset.from = weeks[lo];
    box.dataset.until = addDays(weeks[hi], 6);
  }
  function unshade() {
    shade.hidden = true;
    delete box.dataset.from;
    delete box.dataset.until;
    clearButton.hidden = true;
  }

  canvas.addEventListener('pointerdown', (ev) => {
    if (!chart || !weeks.length) return;
    canvas.setPointerCapture(ev.pointerId);
    drag = { start: indexAt(ev.offsetX) };
    shadeIndices(drag.start, drag.start);
  });
  canvas.addEventListener('pointermove', (ev) => {
    if (drag) shadeIndices(drag.start, indexAt(ev.offsetX));
  });
  canvas.addEventListener('pointerup', (ev) => {
    if (!drag) return;
    const end = indexAt(ev.offsetX);
    const [lo, hi] = drag.start <= end ? [drag.start, end] : [end, drag.start];
    drag = null;
    shadeIndices(lo, hi);
    clearButton.hidden = false;
    onSelect(weeks[lo], addDays(weeks[hi], 6));
  });
  const whole = () => {
    unshade();
    onSelect(null, null);
  };
  canvas.addEventListener('dblclick', whole);
  clearButton.addEventListener('click', whole);

  return {
    el: root,
    draw(series) {
      weeks = series.map((r) => r.period);
      const datasets = QUADS.map((q) => ({ label: q.label, data: series.map((r) => r[q.key] || 0), backgroundColor: q.color, stack: 'e' }));
      if (chart) chart.destroy();
      chart = new Chart(canvas, {
        type: 'bar',
        data: { labels: weeks, datasets },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false, events: ['mousemove', 'mouseout'],
          plugins: { legend: { display: false } },
          scales: { x: { stacked: true, ticks: { maxTicksLimit: 12 } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0, maxTicksLimit: 3 } } },
        },
      });
      window.kizashi.brush = chart;
      root.hidden = !weeks.length;
    },
    // Shade the weeks that hold since..until (null: none).
    mark(since, until) {
      if (!since || !until || !weeks.length) return unshade();
      let lo = weeks.findIndex((w) => addDays(w, 6) >= since);
      let hi = weeks.length - 1 - [...weeks].reverse().findIndex((w) => w <= until);
      if (lo < 0 || hi >= weeks.length || hi < lo) return unshade();
      shadeIndices(lo, hi);
      clearButton.hidden = false;
    },
  };
}
