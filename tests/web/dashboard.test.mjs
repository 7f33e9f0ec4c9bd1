// Browser test of the kizashi dashboard, in headless Chromium via playwright-core.
//   node tests/web/dashboard.test.mjs --url http://127.0.0.1:PORT/ --out DIR
// The server's store must hold examples/*.txt and shared/seed/aukus-japan-ja.txt.
// Prints one line per passed check, saves a screenshot per step into DIR, and
// exits 1 at the first failure (or on an uncaught page error).
import { readFileSync } from 'node:fs';
import {
  base, check, CheckFailed, expectConsoleError, getJSON, noPageErrors, run, shot, waitFor, WAIT,
} from './harness.mjs';

// "#rrggbb" or "rgb(r, g, b)" -> [r, g, b]
function rgb(color) {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return hex.slice(1).map((h) => parseInt(h, 16));
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (m) return m.slice(1).map(Number);
  throw new CheckFailed(`not a colour: ${color}`);
}

async function testNetwork(page) {
  await page.goto(new URL('#/network', base).href);
  await waitFor(page, () => document.querySelector('#network-view')?.dataset.state === 'ready' && window.kizashi?.cy?.nodes().length > 0, null, 'network graph did not load');
  const graph = await page.evaluate(() => {
    const cy = window.kizashi.cy;
    const edge = (id) => {
      const e = cy.getElementById(id);
      return e.length ? { ...e.data(), color: e.style('line-color'), classes: e.classes() } : null;
    };
    const fonts = cy.nodes().map((n) => ({ events: n.data('events'), font: parseFloat(n.style('font-size')) }))
      .sort((a, b) => a.events - b.events);
    return { nodes: cy.nodes().map((n) => n.id()), usaJpn: edge('USA->JPN'), chnUsa: edge('CHN->USA'), edges: cy.edges().length, fonts };
  });
  const small = graph.fonts[0], large = graph.fonts[graph.fonts.length - 1];
  check(large.events > small.events && large.font > small.font, 'network: labels grow with the node (the most active actor\'s is larger)',
    JSON.stringify([small, large]));
  await shot(page, 'network');
  await waitFor(page, () => document.querySelector('#store-info .store'), null, 'the header did not show the store');
  const storeShown = await page.evaluate(() => document.querySelector('#store-info .store').textContent);
  check(storeShown === 'web.db', 'header: the store by its file name, no folder', storeShown);
  for (const id of ['USA', 'JPN', 'CHN']) check(graph.nodes.includes(id), `network: node ${id} in the graph`, `nodes: ${graph.nodes.join(' ')}`);
  check(graph.usaJpn && graph.usaJpn.goldstein_mean > 0, 'network: edge USA->JPN is cooperative (goldstein_mean > 0)', JSON.stringify(graph.usaJpn));
  const [r1, , b1] = rgb(graph.usaJpn.color);
  check(b1 > r1 && graph.usaJpn.classes.includes('coop'), 'network: edge USA->JPN is drawn blue-ish with class coop', `${graph.usaJpn.color} ${graph.usaJpn.classes}`);
  check(graph.chnUsa && graph.chnUsa.goldstein_mean < 0, 'network: edge CHN->USA is conflictual (goldstein_mean < 0)', JSON.stringify(graph.chnUsa));
  const [r2, , b2] = rgb(graph.chnUsa.color);
  check(r2 > b2 && graph.chnUsa.classes.includes('conflict'), 'network: edge CHN->USA is drawn red-ish with class conflict', `${graph.chnUsa.color} ${graph.chnUsa.classes}`);

  const rows = await page.$$eval('#edge-table tr[data-edge]', (trs) => trs.map((tr) => ({ edge: tr.dataset.edge, cells: [...tr.cells].map((td) => td.textContent.trim()) })));
  check(rows.length === graph.edges, 'network: the edge table has one row per graph edge', `${rows.length} rows, ${graph.edges} edges`);
  const rowUsaJpn = rows.find((r) => r.edge === 'USA->JPN');
  const rowChnUsa = rows.find((r) => r.edge === 'CHN->USA');
  check(rowUsaJpn && rowUsaJpn.cells[0] === 'USA' && rowUsaJpn.cells[1] === 'JPN' && Number(rowUsaJpn.cells[2]) === graph.usaJpn.events,
    'network: table row USA->JPN matches the graph edge', JSON.stringify(rowUsaJpn));
  check(rowChnUsa && rowChnUsa.cells[5].startsWith('−'), 'network: table row CHN->USA shows a negative Goldstein mean', JSON.stringify(rowChnUsa));

  // A real mouse click at the edge's rendered midpoint on the canvas.
  const point = await page.evaluate(() => {
    const cy = window.kizashi.cy;
    const box = cy.container().getBoundingClientRect();
    const mid = cy.getElementById('CHN->USA').renderedMidpoint();
    return { x: box.left + mid.x, y: box.top + mid.y };
  });
  await page.mouse.click(point.x, point.y);
  await waitFor(page, () => {
    const p = document.querySelector('#edge-panel');
    return p?.dataset.edge === 'CHN->USA' && p.dataset.state === 'ready';
  }, null, `clicking CHN->USA at (${Math.round(point.x)}, ${Math.round(point.y)}) did not list its events`);
  const panel = await page.$$eval('#edge-panel li.event', (lis) => lis.map((li) => ({
    source: li.querySelector('.dyad .side:first-child .actor-code')?.textContent,
    text: li.textContent,
  })));
  await shot(page, 'network-edge-clicked');
  check(panel.length >= 1 && panel.every((e) => e.source && e.source.startsWith('CHN')), 'network: clicking edge CHN->USA lists its events with a CHN source',
    `${panel.length} events: ${panel.map((e) => e.source).join(' ')}`);
  const rowSelected = await page.$eval('#edge-table tr[data-edge="CHN->USA"]', (tr) => tr.classList.contains('selected'));
  check(rowSelected, 'network: the clicked edge\u2019s table row is selected');

  // Clicking a table row does the same as clicking the edge.
  await page.click('#edge-table tr[data-edge="USA->JPN"]');
  await waitFor(page, () => {
    const p = document.querySelector('#edge-panel');
    return p?.dataset.edge === 'USA->JPN' && p.dataset.state === 'ready' && p.querySelectorAll('li.event').length > 0;
  }, null, 'clicking table row USA->JPN did not list its events');
  const ok = await page.$$eval('#edge-panel li.event .dyad', (ds) => ds.every((d) => /^USA/.test(d.querySelector('.actor-code').textContent)));
  check(ok, 'network: clicking table row USA->JPN lists USA->JPN events');

  // The date slider: from = until = the last day keeps only that day's edges.
  const before = graph.edges;
  const firstQuery = await page.$eval('#network-view', (v) => v.dataset.query);
  await page.focus('#range-from');
  await page.keyboard.press('End');
  await waitFor(page, (q) => {
    const v = document.querySelector('#network-view');
    return v.dataset.state === 'ready' && v.dataset.query !== q;
  }, firstQuery, 'moving the date slider did not re-query the network');
  const after = await page.evaluate(() => ({
    edges: window.kizashi.cy.edges().length,
    from: document.querySelector('#range-from-date').value,
    until: document.querySelector('#range-until-date').value,
    query: document.querySelector('#network-view').dataset.query,
  }));
  await shot(page, 'network-last-day');
  check(after.from === after.until && after.query.includes(`since=${after.from}`) && after.query.includes(`until=${after.until}`),
    'network: the slider at the end asks for one day', JSON.stringify(after));
  check(after.edges > 0 && after.edges < before, 'network: the one-day network has fewer edges', `${before} -> ${after.edges}`);
  await testDownloads(page, after.from);
  noPageErrors();
}

// The download links fetch the selection the view shows: the events of the
// one day the slider keeps (CSV, GDELT) and its network (GEXF).
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: WAIT }), page.click(selector)]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), 'utf8') };
}
async function testDownloads(page, day) {
  const csv = await download(page, '#download-csv');
  const rows = csv.text.trim().split('\n');
  const header = rows[0].split(',');
  const date = header.indexOf('event_date');
  const days = rows.slice(1).map((r) => r.split(',')[date]);
  check(csv.name === 'kizashi-events.csv' && date >= 0 && days.length > 0 && days.every((d) => d.startsWith(day.slice(0, 4))),
    `downloads: the events CSV holds the slider's events (${days.length} of ${day})`, csv.text.slice(0, 300));
  const all = await getJSON(`/api/events?since=${day}&until=${day}&limit=1000`);
  check(days.length === all.events.length, 'downloads: as many CSV rows as the API lists for that day', `${days.length} vs ${all.events.length}`);
  const gdelt = await download(page, '#download-gdelt');
  const lines = gdelt.text.trim().split('\n').map((l) => l.split('\t'));
  check(lines.length === days.length && lines.every((f) => f.length === 61 && f[1] === day.replaceAll('-', '')),
    'downloads: the GDELT file has 61 columns and the day on every line', gdelt.text.slice(0, 200));
  const gexf = await download(page, '#download-gexf');
  check(gexf.name === 'kizashi-network.gexf' && /<gexf[^>]*version="1.2"/.test(gexf.text) && (gexf.text.match(/<edge /g) || []).length > 0,
    'downloads: the network GEXF (1.2) has the one-day edges', gexf.text.slice(0, 200));
}

// The filters drive the graph, the edge events and the downloads: quad class 3
// keeps only verbal-conflict edges (CHN->USA, not the USA->JPN cooperation),
// an actor keeps only its edges; the graph matches the API's answer each time.
async function networkQuery(page, previous) {
  await waitFor(page, (q) => {
    const v = document.querySelector('#network-view');
    return v.dataset.state === 'ready' && v.dataset.query !== q;
  }, previous, 'changing a filter did not re-query the network');
  return page.evaluate(() => ({
    query: document.querySelector('#network-view').dataset.query,
    edges: window.kizashi.cy.edges().map((e) => e.id()).sort(),
    csv: document.querySelector('#download-csv').getAttribute('href'),
  }));
}
async function testFilters(page) {
  await page.goto(new URL('#/network', base).href);
  await page.reload();
  await waitFor(page, () => document.querySelector('#network-view')?.dataset.state === 'ready' && window.kizashi?.cy?.edges().length > 0, null, 'network graph did not load');
  const start = await page.$eval('#network-view', (v) => v.dataset.query);
  await page.selectOption('#filter-quad', '3');
  const verbal = await networkQuery(page, start);
  const api3 = await getJSON(`/api/network?${verbal.query}`);
  check(verbal.query.includes('quad=3') && api3.links.every((l) => l.conflict === l.events),
    'filters: quad class 3 asks for verbal conflict only', verbal.query);
  check(verbal.edges.join() === api3.links.map((l) => `${l.source}->${l.target}`).sort().join() &&
    verbal.edges.includes('CHN->USA') && !verbal.edges.includes('USA->JPN'),
  'filters: the graph shows the verbal-conflict edges (CHN->USA, not USA->JPN)', verbal.edges.join());
  check(verbal.csv.includes('quad=3'), 'filters: the CSV download follows the quad filter', verbal.csv);
  await page.fill('#filter-actor', 'CHN');
  const chn = await networkQuery(page, verbal.query);
  check(chn.edges.length > 0 && chn.edges.every((id) => id.split('->').includes('CHN')) && chn.csv.includes('actor=CHN'),
    'filters: actor CHN keeps only the edges of China, in the graph and the download', chn.edges.join());
  await page.click('#edge-table tr[data-edge="CHN->USA"]');
  await waitFor(page, () => document.querySelector('#edge-panel')?.dataset.state === 'ready', null, 'the filtered edge did not list its events');
  const quads = await page.$$eval('#edge-panel li.event', (li) => li.length);
  const want = await getJSON('/api/events?source_country=CHN&target_country=USA&quad=3&limit=101');
  check(quads === Math.min(100, want.events.length) && quads > 0, 'filters: the edge lists only its verbal-conflict events', `${quads} vs ${want.events.length}`);
  await shot(page, 'network-filtered');
  await page.fill('#filter-actor', '');
  await page.selectOption('#filter-quad', '');
  await testTopActors(page, chn.query);
  await testBrush(page);
  noPageErrors();
}

// The overview timeline above the network: a drag across its weeks asks for
// those dates (the sliders follow), the graph is the API's for them, and a
// double click gives back the whole range.
async function testBrush(page) {
  await waitFor(page, () => window.kizashi?.brush && Number(document.querySelector('#network-view')?.dataset.overview) > 0, null, 'the overview timeline did not draw');
  const stats = await getJSON('/api/stats');
  const dated = await getJSON('/api/series?by=week');
  check(Number(await page.$eval('#network-view', (v) => v.dataset.overview)) === dated.series.reduce((n, r) => n + r.events, 0),
    'brush: the overview counts every dated event of the store, per week');
  const before = await page.$eval('#network-view', (v) => v.dataset.query);
  await (await page.$('#brush-chart')).scrollIntoViewIfNeeded();
  const box = await (await page.$('#brush-chart')).boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.8, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.97, y, { steps: 5 });
  await page.mouse.up();
  const brushed = await networkQuery(page, before);
  const chosen = await page.$eval('#brush', (b) => ({ from: b.dataset.from, until: b.dataset.until }));
  const since = chosen.from < stats.first_date ? stats.first_date : chosen.from;
  const until = chosen.until > stats.last_date ? stats.last_date : chosen.until;
  const want = await getJSON(`/api/network?${brushed.query}`);
  check(chosen.from && brushed.query.includes(`since=${since}`) && brushed.query.includes(`until=${until}`) &&
    (await page.$eval('#range-from-date', (o) => o.value)) === since,
  'brush: dragging across weeks asks the network for their dates and moves the sliders', `${JSON.stringify(chosen)} ${brushed.query}`);
  check(brushed.edges.length > 0 && brushed.edges.join() === want.links.map((l) => `${l.source}->${l.target}`).sort().join(),
    'brush: the graph is the API\'s network of the brushed dates', brushed.edges.join());
  await shot(page, 'network-brushed');
  await page.dblclick('#brush-chart');
  const whole = await networkQuery(page, brushed.query);
  check(!whole.query.includes('since='), 'brush: a double click gives back the whole range', whole.query);
}

// "Top actors" keeps the actors in the most events (the server's max_nodes) and
// says what it left out; the whole graph comes back when the limit is raised.
async function testTopActors(page, previous) {
  const whole = await networkQuery(page, previous);
  const all = await getJSON(`/api/network?${whole.query}`);
  await page.fill('#max-nodes', '2');
  await page.press('#max-nodes', 'Enter');
  await page.$eval('#max-nodes', (i) => i.dispatchEvent(new Event('change')));
  const top = await networkQuery(page, whole.query);
  const totals = {};
  for (const l of all.links) for (const id of [l.source, l.target]) totals[id] = (totals[id] || 0) + l.events;
  const best = Object.keys(totals).sort((a, b) => totals[b] - totals[a] || a.localeCompare(b)).slice(0, 2);
  const shown = await page.evaluate(() => ({
    nodes: window.kizashi.cy.nodes().map((n) => n.id()).sort(),
    note: document.querySelector('#network-cut').hidden ? '' : document.querySelector('#network-cut').textContent,
  }));
  check(top.query.includes('max_nodes=2') && shown.nodes.length <= 2 && shown.nodes.every((id) => best.includes(id)) &&
    shown.note.includes(`of ${all.nodes.length} actors`),
  'network: "Top actors" 2 draws the two actors in most events and says how many there are', `${shown.nodes.join()} / ${best.join()} / ${shown.note}`);
  await shot(page, 'network-top-actors');
  await page.fill('#max-nodes', '60');
  await page.$eval('#max-nodes', (i) => i.dispatchEvent(new Event('change')));
  await networkQuery(page, top.query);
  check(await page.$eval('#network-cut', (n) => n.hidden), 'network: with room for every actor nothing is said to be left out');
}

// An edge of more than a page: the page's token stores a document of 130
// criticisms of Japan by China (kizashi's own sentences), then the CHN->JPN
// edge lists 100 of them and "100 more" the rest.
async function testPaging(page) {
  await page.goto(new URL('#/network', base).href);
  const token = await page.$eval('meta[name="kizashi-token"]', (m) => m.content);
  const topics = ['防衛政策', '安保政策', '輸出規制', '外交方針', '海洋政策'];
  const text = Array.from({ length: 130 }, (_, i) => `中国外務省の報道官は${1 + (i % 28)}日、日本の${topics[Math.floor(i / 28)]}を批判した。`).join('\n');
  const res = await fetch(new URL('/api/documents', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kizashi-Token': token },
    body: JSON.stringify({ text, date: '2025-06-30', id: 'paging-test' }),
  });
  const stored = await res.json();
  check(res.ok && stored.events >= 101, 'paging: a document of many CHN->JPN criticisms is stored', JSON.stringify(stored));
  await page.reload();
  await waitFor(page, () => document.querySelector('#network-view')?.dataset.state === 'ready' && window.kizashi?.cy?.edges().length > 0, null, 'network graph did not load');
  const total = await page.evaluate(() => window.kizashi.cy.getElementById('CHN->JPN').data('events'));
  await page.click('#edge-table tr[data-edge="CHN->JPN"]');
  await waitFor(page, () => document.querySelector('#edge-panel')?.dataset.state === 'ready', null, 'the CHN->JPN events did not load');
  const first = await page.evaluate(() => ({
    shown: document.querySelectorAll('#edge-panel li.event').length,
    note: document.querySelector('#edge-panel .status').textContent,
    more: !document.querySelector('#more-events').hidden,
  }));
  check(first.shown === 100 && first.more && first.note === `100 of ${total} events`,
    `paging: the edge lists 100 of its ${total} events and offers more`, JSON.stringify(first));
  await page.click('#more-events');
  await waitFor(page, (n) => document.querySelector('#edge-panel')?.dataset.state === 'ready' &&
    document.querySelectorAll('#edge-panel li.event').length === n, Math.min(total, 200), '"100 more" did not list the next page');
  const second = await page.evaluate(() => ({
    ids: [...document.querySelectorAll('#edge-panel li.event')].map((li) => li.dataset.event),
    more: !document.querySelector('#more-events').hidden,
  }));
  check(new Set(second.ids).size === second.ids.length && second.more === (total > 200),
    `paging: the next page adds the rest, no event twice (${second.ids.length})`, JSON.stringify(second).slice(0, 200));
  await shot(page, 'network-paging');
  noPageErrors();
}

// Search: actors of the dictionary by name, events by the words of their
// sentence (100 a page), and an actor's link opens the network filtered by it.
async function testSearch(page) {
  await page.goto(new URL(`#/search?q=${encodeURIComponent('中国')}`, base).href);
  await waitFor(page, () => document.querySelector('#search-view')?.dataset.state === 'ready', null, 'search did not answer');
  const china = await page.evaluate(() => ({
    actors: [...document.querySelectorAll('#search-actors li.actor')].map((li) => li.dataset.code),
    sentences: [...document.querySelectorAll('#search-events li.event .event-sentence')].map((d) => d.textContent),
    more: !document.querySelector('#search-more').hidden,
  }));
  const api1 = await getJSON(`/api/events?q=${encodeURIComponent('中国')}&limit=101`);
  check(china.actors.includes('CHN'), 'search: 中国 finds the actor CHN', china.actors.join());
  check(china.sentences.length === Math.min(100, api1.events.length) && china.sentences.every((t) => t.includes('中国')) &&
    china.more === api1.events.length > 100, `search: ${china.sentences.length} events whose sentence holds 中国, a page at a time`,
  `${china.sentences.length} vs ${api1.events.length}`);
  await page.fill('#search-q', '防衛政策');
  await waitFor(page, () => document.querySelector('#search-view')?.dataset.q === '防衛政策' &&
    document.querySelector('#search-view').dataset.state === 'ready', null, 'typing did not search again');
  const policy = await page.$$eval('#search-events li.event .event-sentence', (ds) => ds.map((d) => d.textContent));
  check(policy.length > 0 && policy.every((t) => t.includes('防衛政策')), `search: typing 防衛政策 lists its ${policy.length} events`);
  await shot(page, 'search');
  await page.goto(new URL(`#/search?q=${encodeURIComponent('中国')}`, base).href);
  await waitFor(page, () => document.querySelector('#search-view')?.dataset.q === '中国' &&
    document.querySelector('#search-view').dataset.state === 'ready', null, 'search 中国 again did not answer');
  await page.click('#search-actors li.actor[data-code="CHN"] a');
  await waitFor(page, () => document.querySelector('#filter-actor')?.value === 'CHN' &&
    document.querySelector('#network-view')?.dataset.state === 'ready' &&
    (document.querySelector('#network-view').dataset.query || '').includes('actor=CHN'), null, 'the actor link did not filter the network');
  const edges = await page.evaluate(() => window.kizashi.cy.edges().map((e) => e.id()));
  check(edges.length > 0 && edges.every((id) => id.split('->').includes('CHN')), 'search: the actor link opens the network of CHN', edges.join());
  await page.fill('#filter-actor', '');
  noPageErrors();
}

async function testTimeline(page) {
  await page.goto(new URL('#/timeline?dyad=USA-JPN&by=week', base).href);
  await waitFor(page, () => document.querySelector('#timeline-view')?.dataset.state === 'ready' && window.kizashi?.chart, null, 'timeline chart did not load');
  const chart = await page.evaluate(() => {
    const c = window.kizashi.chart;
    return {
      labels: c.data.labels.length,
      datasets: c.data.datasets.map((d) => ({ label: d.label, type: d.type, sum: d.data.reduce((a, b) => a + Math.abs(b), 0), n: d.data.length })),
      a: document.querySelector('#dyad-a').value,
      b: document.querySelector('#dyad-b').value,
    };
  });
  await shot(page, 'timeline');
  check(chart.a === 'USA' && chart.b === 'JPN', 'timeline: the dyad inputs show USA and JPN');
  const bars = chart.datasets.filter((d) => d.type === 'bar');
  check(bars.length === 4 && chart.datasets.some((d) => d.type === 'line'), 'timeline: four stacked quad-class bar series and a Goldstein line', JSON.stringify(chart.datasets));
  check(chart.labels >= 1 && bars.reduce((n, d) => n + d.sum, 0) >= 1, 'timeline: the chart has at least one data point', JSON.stringify(chart));
  await testTimelineFilters(page);
  noPageErrors();
}

async function timelineQuery(page, previous) {
  await waitFor(page, (q) => {
    const v = document.querySelector('#timeline-view');
    return v.dataset.state === 'ready' && v.dataset.query !== q;
  }, previous, 'the timeline did not follow the filters');
  return page.evaluate(() => ({
    query: document.querySelector('#timeline-view').dataset.query,
    bars: window.kizashi.chart.data.datasets.filter((d) => d.type === 'bar').map((d) => d.data.reduce((a, b) => a + b, 0)),
    labels: window.kizashi.chart.data.labels,
  }));
}

// The filters are the page's: a quad class chosen on the timeline narrows its
// series and the network's graph; dates chosen on the network narrow the
// timeline, which can give them back.
async function testTimelineFilters(page) {
  const start = await page.$eval('#timeline-view', (v) => v.dataset.query);
  await page.selectOption('#timeline-quad', '1');
  const quad1 = await timelineQuery(page, start);
  const want = await getJSON(`/api/series?${quad1.query}`);
  const sum = (r) => want.series.reduce((n, x) => n + (x[r] || 0), 0);
  check(quad1.query.includes('quad=1') && quad1.bars.join() === [String(sum('verbal_coop')), '0', '0', '0'].join() &&
    quad1.labels.join() === want.series.map((r) => r.period).join(),
  'timeline: the quad filter leaves only its class, as the API counts it', `${quad1.query} ${quad1.bars}`);
  check(sum('verbal_coop') > 0 && sum('verbal_coop') < chart0(await getJSON(`/api/series?${start}`)),
    'timeline: USA-JPN has verbal cooperation events, fewer than all its events');
  await page.goto(new URL('#/network', base).href);
  check((await page.$eval('#filter-quad', (s) => s.value)) === '1', 'filters: the network shows the quad class chosen on the timeline');
  await waitFor(page, () => (document.querySelector('#network-view').dataset.query || '').includes('quad=1'), null, 'the network did not follow the timeline\'s quad');
  await page.$eval('#range-from', (r) => {
    r.value = String(Math.floor(Number(r.max) * 0.8));
    r.dispatchEvent(new Event('input'));
  });
  const since = await page.$eval('#range-from-date', (o) => o.value);
  await page.goto(new URL('#/timeline', base).href);
  const dated = await timelineQuery(page, quad1.query);
  const wantDated = await getJSON(`/api/series?${dated.query}`);
  check(dated.query.includes(`since=${since}`) && dated.query.includes('quad=1') && dated.labels.join() === wantDated.series.map((r) => r.period).join() &&
    dated.labels.every((p) => p >= since.slice(0, 8)),
  'timeline: the dates chosen on the network narrow the series', dated.query);
  await shot(page, 'timeline-filtered');
  await page.click('#timeline-all-dates');
  const undated = await timelineQuery(page, dated.query);
  check(!undated.query.includes('since=') && undated.query.includes('quad=1'), 'timeline: "all dates" gives back the whole range', undated.query);
  await page.selectOption('#timeline-quad', '');
  await timelineQuery(page, undated.query);
  await page.goto(new URL('#/network', base).href);
  check((await page.$eval('#range-from', (r) => r.value)) === '0' && (await page.$eval('#filter-quad', (s) => s.value)) === '',
    'filters: the network\'s sliders and quad follow the timeline\'s reset');
  await page.goto(new URL('#/timeline', base).href);
}

function chart0(res) {
  return res.series.reduce((n, r) => n + r.events, 0);
}

async function findSeedDocument() {
  try {
    const list = await getJSON('/api/documents?limit=1000');
    const doc = list.documents.find((d) => d.name.endsWith('aukus-japan-ja.txt'));
    if (doc) return doc.id;
  } catch {
    /* fall back on the events */
  }
  const res = await getJSON('/api/events?limit=1000');
  const e = res.events.find((x) => x.doc.endsWith('aukus-japan-ja.txt'));
  if (!e) throw new CheckFailed('the store holds no events of aukus-japan-ja.txt');
  return e.doc_id;
}

async function testDocument(page) {
  const id = await findSeedDocument();
  await page.goto(new URL('#/documents', base).href);
  // 'loading' is set before the fetch: wait for the list itself (a loaded server answers late).
  await waitFor(page, () => ['ready', 'error'].includes(document.querySelector('#documents-view')?.dataset.state), null,
    'document list did not load');
  const listed = await page.$$eval('#document-table tr[data-doc]', (trs) => trs.map((tr) => tr.dataset.name));
  await shot(page, 'documents');
  check(listed.some((n) => n.endsWith('aukus-japan-ja.txt')), 'documents: the list shows the seed article', listed.join(', '));
  const listText = await page.$eval('#document-table', (t) => t.innerText);
  check(listed.every((n) => !n.includes('/')) && !/\/(examples|seed)\//.test(listText),
    'documents: files are named without the server\'s folders', listText.slice(0, 300));

  await page.goto(new URL(`#/document/${id}`, base).href);
  await waitFor(page, () => document.querySelector('#document-view')?.dataset.state === 'ready', null, `document ${id} did not load`);
  const info = await page.evaluate(() => {
    const s = [...document.querySelectorAll('#document-view p.sentence.has-event')];
    const good = s.filter((p) => p.querySelector('mark.pred') && p.querySelector('mark.ent.actor'));
    return {
      sentences: document.querySelectorAll('#document-view p.sentence').length,
      withEvents: s.length,
      good: good.length,
      pred: good[0]?.querySelector('mark.pred')?.textContent,
      actorLabel: good[0]?.querySelector('mark.ent.actor .label')?.textContent,
      events: document.querySelectorAll('#document-view li.event').length,
    };
  });
  await shot(page, 'document');
  check(info.sentences > 5 && info.withEvents > 0, `document: ${id} shows its sentences, some with events`, JSON.stringify(info));
  check(info.good > 0 && /^[A-Z0-9 ]+$/.test(info.actorLabel || ''), 'document: a sentence with events has a predicate mark and a labelled actor mark', JSON.stringify(info));
  check(info.events > 0, 'document: its events are listed', JSON.stringify(info));
  const glosses = await page.$$eval('#document-view li.event', (cards) => cards.map((c) => ({
    code: c.dataset.code,
    name: c.querySelector('.code-name')?.textContent || '',
    actors: [...c.querySelectorAll('.actor-name')].map((a) => a.textContent.trim()),
  })));
  const criticism = glosses.find((g) => g.code === '111');
  check(glosses.every((g) => g.name) && criticism && criticism.name === 'Criticize or denounce' &&
    glosses.some((g) => g.actors.includes('(United States)')),
  'document: English glosses beside the codes (111 Criticize or denounce) and the actors (United States)', JSON.stringify(glosses.slice(0, 3)));
  // A sentence without events: "why no event?" shows the coder's trace for it,
  // the lines the explain route gives for that sentence.
  const why = await page.$('#document-view p.sentence:not(.has-event) button.why');
  check(why !== null, 'document: a sentence without events offers "why no event?"');
  const whyIndex = await why.evaluate((b) => b.closest('p.sentence').dataset.index);
  await why.click();
  await waitFor(page, (i) => document.querySelector(`#document-view pre.trace[data-index="${i}"]`)?.dataset.state === 'ready',
    whyIndex, 'the trace of a sentence without events did not appear');
  const shown = await page.$eval(`#document-view pre.trace[data-index="${whyIndex}"]`, (t) => t.textContent);
  const explained = await getJSON(`/api/documents/${id}/explain`);
  const want = explained.sentences.find((x) => String(x.index) === whyIndex);
  check(want && want.trace.length > 0 && shown === want.trace.join('\n') && /^chunks: /.test(shown) &&
    !explained.events.some((e) => String(e.sentence_index) === whyIndex),
  `document: "why no event?" shows sentence ${whyIndex}'s trace (${want ? want.trace.length : 0} lines)`, shown.slice(0, 200));
  await shot(page, 'document-why-no-event');
  const viewText = await page.$eval('#document-view', (v) => v.innerText);
  check(!/\/(examples|seed|shared)\//.test(viewText), 'document: no server folder in the view', viewText.slice(0, 200));

  // Click the last event: its sentence is scrolled to and highlighted.
  const cards = await page.$$('#document-view li.event');
  const last = cards[cards.length - 1];
  const index = await last.evaluate((li) => li.dataset.sentence);
  await last.click();
  await waitFor(page, (i) => {
    const p = document.querySelector(`#document-view p.sentence[data-index="${i}"]`);
    return p && p.classList.contains('highlight') && p.classList.contains('selected');
  }, index, `clicking an event did not highlight sentence ${index}`);
  const marked = await page.$$eval('#document-view p.sentence.selected', (ps) => ps.map((p) => p.dataset.index));
  await page.waitForTimeout(500);
  await shot(page, 'document-event-clicked');
  check(marked.length === 1 && marked[0] === index, `document: clicking an event highlights its sentence ${index}`, marked.join(','));
  noPageErrors();
}

async function testCodeBox(page) {
  await page.goto(new URL('#/code', base).href);
  await page.waitForSelector('#code-text', { timeout: WAIT });
  await page.fill('#code-text', '中国外務省の報道官は4日、日本の防衛政策を批判した。');
  await page.click('#code-run');
  await waitFor(page, () => document.querySelector('#code-view')?.dataset.state !== 'loading' && document.querySelectorAll('#code-result .event').length > 0, null, 'coding the sentence listed no events');
  const res = await page.evaluate(() => ({
    events: [...document.querySelectorAll('#code-result .event')].map((e) => ({
      code: e.querySelector('.cameo')?.textContent,
      codes: [...e.querySelectorAll('.dyad .actor-code')].map((c) => c.textContent),
    })),
    pred: document.querySelector('#code-result p.sentence mark.pred')?.textContent,
    actors: [...document.querySelectorAll('#code-result p.sentence mark.ent.actor .label')].map((l) => l.textContent),
  }));
  await shot(page, 'code');
  check(res.events.some((e) => e.code === '111' && e.codes[0] === 'CHNGOV' && e.codes[1] === 'JPN'), 'code box: an event 111 CHNGOV→JPN', JSON.stringify(res.events));
  check((res.pred || '').startsWith('批判'), 'code box: the predicate 批判 is marked in the sentence', String(res.pred));
  check(res.actors.includes('CHNGOV') && res.actors.includes('JPN'), 'code box: the actors are marked with their codes', res.actors.join(' '));

  await page.fill('#code-text', 'This is plain English text.');
  expectConsoleError(/status of 400/);  // the API refuses the text; the page shows why
  await page.click('#code-run');
  await waitFor(page, () => {
    const e = document.querySelector('#code-error');
    return e && !e.hidden && e.classList.contains('error') && e.textContent.trim().length > 0;
  }, null, 'non-Japanese text showed no error line');
  const message = await page.$eval('#code-error', (e) => e.textContent);
  await shot(page, 'code-error');
  check(/japanese/i.test(message), 'code box: non-Japanese text shows the API error', message);
  noPageErrors();
}

// The highlighter on crossing and nested spans, with byte offsets computed here
// (UTF-8, as the server gives them) over Japanese text, an emoji and ASCII.
async function testHighlighter(page) {
  const text = 'A😀「日本と米国の首脳会談」がB';
  const bytes = (s) => Buffer.byteLength(s, 'utf8');
  const span = (sub, from = 0) => {
    const i = text.indexOf(sub, from);
    return [bytes(text.slice(0, i)), bytes(text.slice(0, i + sub.length))];
  };
  const [m1b, m1e] = span('日本と米国');
  const [m2b, m2e] = span('米国の首脳');
  const [qb, qe] = span('日本と米国の首脳会談');
  const pred = span('会談');
  const sentence = {
    index: 0, text,
    mentions: [{ begin: m1b, end: m1e, codes: 'AAA', entries: '' }, { begin: m2b, end: m2e, codes: ['BBB'], entries: '' }],
    quotes: [{ begin: qb, end: qe, speaker: 'someone' }],
  };
  const events = [{ id: 7, code: '040', source: 'AAA', target: 'BBB', predicate_span: pred }, { id: 8, code: '043', predicate_span: [0, 0] }];
  const res = await page.evaluate(({ sentence, events }) => {
    const node = window.kizashi.highlight.renderSentence(sentence, events);
    const own = (n) => {
      const c = n.cloneNode(true);
      c.querySelectorAll('.label').forEach((l) => l.remove());
      return c.textContent;
    };
    const pieces = (sel) => [...node.querySelectorAll(sel)].map(own).join('');
    const labels = (sel) => [...node.querySelectorAll(sel)].map((m) => [...m.children].filter((c) => c.matches('.label')).map((l) => l.textContent)).flat();
    return {
      text: own(node),
      a: pieces('mark.actor[data-codes="AAA"]'), b: pieces('mark.actor[data-codes="BBB"]'),
      q: pieces('.quote'), p: pieces('mark.pred'),
      aLabels: labels('mark.actor[data-codes="AAA"]'), bLabels: labels('mark.actor[data-codes="BBB"]'),
      qLabels: labels('.quote'), pLabels: labels('mark.pred'),
      hasEvent: node.classList.contains('has-event'),
    };
  }, { sentence, events });
  check(res.text === text, 'highlighter: the sentence text is kept whole', res.text);
  check(res.a === '日本と米国' && res.b === '米国の首脳', 'highlighter: crossing mentions cover their own characters', `${res.a} / ${res.b}`);
  check(res.q === '日本と米国の首脳会談' && res.p === '会談', 'highlighter: a quote around mentions and a predicate map from UTF-8 byte offsets', `${res.q} / ${res.p}`);
  check(res.aLabels.join() === 'AAA' && res.bLabels.join() === 'BBB' && res.pLabels.join() === '040' && res.qLabels.join() === '— someone',
    'highlighter: one label per span, at its end', JSON.stringify(res));
  noPageErrors();
}

run([testNetwork, testFilters, testPaging, testSearch, testTimeline, testDocument, testCodeBox, testHighlighter]);
