// Timeline view (#/timeline?dyad=USA-JPN&by=week&directed=1): events per period
// between two actors, stacked by quad class, with the Goldstein sum as a line.
// The page's filters (filters.js: CAMEO code, quad class, dates) narrow it.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import { api, storeStats } from './api.js';
import { clear, debounce, el, say } from './dom.js';
import { eventList, QUADS } from './events.js';
import { filterControls, shared } from './filters.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

const CODE = /^[A-Z0-9]{1,20}$/;

// The last day of a period that starts on `start` (YYYY-MM-DD or YYYY-MM).
function periodRange(start, by) {
  if (by === 'month') {
    const [y, m] = start.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    return [`${start}-01`, last];
  }
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + (by === 'week' ? 6 : 0) * 86400000);
  return [start, end.toISOString().slice(0, 10)];
}

export function createTimelineView() {
  const aInput = el('input#dyad-a.code-input', { type: 'text', list: 'actor-codes', placeholder: 'USA', size: 10, autocomplete: 'off' });
  const bInput = el('input#dyad-b.code-input', { type: 'text', list: 'actor-codes', placeholder: 'JPN', size: 10, autocomplete: 'off' });
  const datalist = el('datalist#actor-codes');
  const bySelect = el('select#by', ['day', 'week', 'month'].map((p) => el('option', { value: p }, p)));
  const directed = el('input#directed', { type: 'checkbox' });
  const showButton = el('button#timeline-show', { type: 'submit' }, 'Show');
  const shownFilters = filterControls('timeline');
  const datesNote = el('span#timeline-dates.range-note');
  const clearDates = el('button#timeline-all-dates', { type: 'button', hidden: true }, 'all dates');
  const status = el('div.status', { hidden: true });
  const canvas = el('canvas#timeline-chart', { 'aria-label': 'events per period' });
  const periodPanel = el('div#period-events.panel', el('p.hint', 'Click a bar to list that period\u2019s events.'));
  const form = el(
    'form.controls',
    el('label', 'Actor A ', aInput), el('label', 'Actor B ', bInput),
    el('label', 'By ', bySelect), el('label', directed, ' directed (A → B only)'), showButton, datalist,
  );
  const filterBar = el('div.controls.filters', ...shownFilters.labels, datesNote, clearDates);
  const view = el(
    'section#timeline-view.view',
    { dataset: { state: 'idle' } },
    form,
    filterBar,
    el('p.hint', 'Type actor codes (USA, JPNGOV…) or a Japanese name to look up codes.'),
    status,
    el('div.chart-box', canvas),
    periodPanel,
  );

  let chart = null;
  let current = null; // {a, b, by, directed, series}
  let lastParams = null;

  // The dates come from the network view's sliders and overview; here they can be cleared.
  function showDates() {
    const { since, until } = shared.get();
    const dated = since || until;
    datesNote.textContent = dated ? `dates ${since || '…'} – ${until || '…'} (chosen on the Network view)` : 'all dates';
    clearDates.hidden = !dated;
  }
  clearDates.addEventListener('click', () => shared.set({ since: '', until: '' }));
  const reload = debounce(() => {
    if (lastParams) load(lastParams);
  }, 250);
  shared.subscribe(() => {
    showDates();
    if (!view.hidden) reload(); // a hidden view reloads when shown
  });
  const suggested = new Map(); // code -> <option>

  // One option per code; names found later are added to its label, so that
  // the browser's datalist matches what was typed (e.g. 北朝鮮 -> PRK).
  function suggest(code, label) {
    if (!code) return;
    const option = suggested.get(code);
    if (!option) {
      const o = el('option', { value: code, label: label ? `${code} · ${label}` : code });
      suggested.set(code, o);
      datalist.append(o);
    } else if (label && !option.label.includes(label)) {
      option.label = `${option.label} · ${label}`;
    }
  }

  async function seedSuggestions() {
    try {
      const net = await api.network({ level: 'actor' });
      for (const n of [...net.nodes].sort((x, y) => y.events - x.events)) suggest(n.id, n.label);
    } catch {
      /* suggestions are optional */
    }
  }

  // A name typed in Japanese (or any non-code text) asks /api/actors for codes.
  const lookUp = debounce(async (text) => {
    try {
      const res = await api.actors(text);
      for (const a of res.actors) suggest(a.code, a.name);
    } catch {
      /* ignore */
    }
  }, 300);
  for (const input of [aInput, bInput]) {
    input.addEventListener('input', () => {
      const v = input.value.trim();
      if (v && !CODE.test(v.toUpperCase())) lookUp(v);
    });
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const a = aInput.value.trim().toUpperCase();
    const b = bInput.value.trim().toUpperCase();
    if (!CODE.test(a) || !CODE.test(b)) {
      say(status, 'Actor codes are capital letters and digits, e.g. USA and JPN.', true);
      return;
    }
    const q = new URLSearchParams({ dyad: `${a}-${b}`, by: bySelect.value });
    if (directed.checked) q.set('directed', '1');
    location.hash = `#/timeline?${q}`;
  });
  bySelect.addEventListener('change', () => form.requestSubmit());
  directed.addEventListener('change', () => form.requestSubmit());

  function drawChart(series) {
    const labels = series.map((r) => r.period);
    const datasets = QUADS.map((q) => ({
      type: 'bar', label: q.label, data: series.map((r) => r[q.key] || 0), backgroundColor: q.color, stack: 'events', yAxisID: 'y', order: 2, maxBarThickness: 48,
    }));
    datasets.push({
      type: 'line', label: 'Goldstein sum', data: series.map((r) => r.goldstein_sum || 0), borderColor: '#333',
      backgroundColor: '#333', yAxisID: 'y1', tension: 0.2, pointRadius: 3, order: 1,
    });
    if (chart) chart.destroy();
    chart = new Chart(canvas, {
      data: { labels, datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: 'events' }, ticks: { precision: 0 } },
          y1: { position: 'right', beginAtZero: true, title: { display: true, text: 'Goldstein sum' }, grid: { drawOnChartArea: false } },
        },
        onClick: (ev, items) => {
          if (items.length) listPeriod(labels[items[0].index]);
        },
      },
    });
    window.kizashi.chart = chart;
  }

  // The events of one period: the API filters one direction at a time (by code prefix).
  async function listPeriod(period) {
    if (!current) return;
    const [start, end] = periodRange(period, current.by);
    const { code, quad, since: from, until: to } = current.filters;
    const since = from && from > start ? from : start;
    const until = to && to < end ? to : end;
    clear(periodPanel).append(el('h3', `${current.a} ${current.directed ? '→' : '↔'} ${current.b}, ${since} – ${until}`));
    const note = el('p.status', 'loading…');
    periodPanel.append(note);
    try {
      const dirs = [[current.a, current.b]];
      if (!current.directed && current.a !== current.b) dirs.push([current.b, current.a]);
      const pages = await Promise.all(dirs.map(([s, t]) => api.events({ source: s, target: t, since, until, code, quad, limit: 200 })));
      const events = pages.flatMap((p) => p.events).sort((x, y) => x.id - y.id);
      note.textContent = `${events.length} event${events.length === 1 ? '' : 's'}`;
      periodPanel.append(eventList(events, { sentence: true, doc: true }));
    } catch (e) {
      say(note, e.message, true);
    }
  }

  async function load(params) {
    lastParams = params;
    showDates();
    const dyad = (params.get('dyad') || '').toUpperCase();
    const by = ['day', 'week', 'month'].includes(params.get('by')) ? params.get('by') : 'week';
    const isDirected = params.get('directed') === '1' || params.get('directed') === 'true';
    const [a, b] = dyad.split('-');
    aInput.value = a || '';
    bInput.value = b || '';
    bySelect.value = by;
    directed.checked = isDirected;
    if (!a || !b) {
      say(status, 'Choose two actors, e.g. USA and JPN.');
      view.dataset.state = 'idle';
      return;
    }
    view.dataset.state = 'loading';
    say(status, 'loading…');
    try {
      const filters = shared.params();
      const res = await api.series({ dyad: `${a}-${b}`, by, directed: isDirected, ...filters });
      current = { a, b, by, directed: isDirected, series: res.series, filters };
      drawChart(res.series);
      const total = res.series.reduce((n, r) => n + r.events, 0);
      const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
      const narrowed = shared.describe();
      const of = narrowed ? ` (${narrowed})` : '';
      say(status, res.series.length ? `${plural(total, 'dated event')} in ${plural(res.series.length, by)}${of}` : `No dated events between ${a} and ${b}${of}.`);
      view.dataset.query = new URLSearchParams(Object.entries({ dyad: `${a}-${b}`, by, ...filters }).filter(([, v]) => v)).toString();
      clear(periodPanel).append(el('p.hint', 'Click a bar to list that period\u2019s events.'));
      view.dataset.state = 'ready';
    } catch (e) {
      say(status, `Series: ${e.message}`, true);
      view.dataset.state = 'error';
    }
  }

  let started = false;
  return {
    el: view,
    async show(params) {
      if (!started) {
        started = true;
        seedSuggestions();
      }
      if (!params.get('dyad')) {
        // No dyad asked for: the last one shown, or the store's busiest.
        const stats = current ? null : await storeStats();
        const top = stats && stats.top_dyads && stats.top_dyads[0];
        params = new URLSearchParams(params);
        params.set('dyad', current ? `${current.a}-${current.b}` : top ? top.dyad : 'USA-JPN');
      }
      load(params);
    },
  };
}
