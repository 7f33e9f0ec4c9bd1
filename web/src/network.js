// Network view (#/network): a cytoscape graph of who acts on whom, a date-range
// slider, an edge table, and a side panel with the events of the chosen edge.
import cytoscape from 'cytoscape';
import { api, query, storeStats } from './api.js';
import { clear, debounce, el, say } from './dom.js';
import { eventList, formatGoldstein } from './events.js';
import { createBrush } from './brush.js';
import { filterControls, shared } from './filters.js';
import { declutterLabels, keepLabelsReadable, LABEL_STYLE, MIN_FONT } from './labels.js';

const DAY = 86400000;
const dayNumber = (date) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
const dateOf = (n) => new Date(n * DAY).toISOString().slice(0, 10);

// Goldstein mean, clipped to ±5, from conflict red through grey to cooperation blue.
const RED = [0xd6, 0x27, 0x28];
const GREY = [0x9a, 0x9a, 0x9a];
const BLUE = [0x1f, 0x77, 0xb4];
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, (Number(g) || 0) / 5));
  const end = t < 0 ? RED : BLUE;
  const mix = GREY.map((c, i) => Math.round(c + (end[i] - c) * Math.abs(t)));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': '#4d5b66', width: 'data(size)', height: 'data(size)', label: 'data(caption)',
      'text-wrap': 'wrap', 'text-valign': 'bottom', 'text-margin-y': 4, 'font-size': 'data(font)', color: '#222',
      'text-outline-color': '#fff', 'text-outline-width': 2,
      // Small labels appear only when zoomed in: a large graph reads by its main actors.
      'min-zoomed-font-size': MIN_FONT,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 1.1, opacity: 0.9,
    },
  },
  { selector: 'node:selected', style: { 'background-color': '#f0a400' } },
  { selector: 'edge.chosen', style: { 'overlay-color': '#f0a400', 'overlay-opacity': 0.35, 'overlay-padding': 5, 'z-index': 10 } },
  ...LABEL_STYLE,
];

export function createNetworkView() {
  const state = { level: 'country', minEvents: 1, maxNodes: 60, maxEdges: 200, first: null, last: null, from: 0, until: 0, chosen: null, generation: 0 };
  const fromInput = el('input#range-from', { type: 'range', min: 0, max: 0, step: 1, value: 0, 'aria-label': 'from date' });
  const untilInput = el('input#range-until', { type: 'range', min: 0, max: 0, step: 1, value: 0, 'aria-label': 'until date' });
  const fromLabel = el('output#range-from-date');
  const untilLabel = el('output#range-until-date');
  const rangeNote = el('span.range-note');
  const minInput = el('input#min-events', { type: 'number', min: 1, max: 1000000, step: 1, value: 1 });
  // A large store stays readable: the actors in the most events, then the heaviest edges among them.
  const maxNodesInput = el('input#max-nodes', { type: 'number', min: 1, max: 100000, step: 1, value: state.maxNodes });
  const maxEdgesInput = el('input#max-edges', { type: 'number', min: 1, max: 1000000, step: 1, value: state.maxEdges });
  const cutNote = el('p#network-cut.hint', { hidden: true });
  const levelSelect = el('select#level', el('option', { value: 'country' }, 'countries'), el('option', { value: 'actor' }, 'actors'));
  // Filters that every part of the view follows: the graph, the edge events, the downloads.
  const actorInput = el('input#filter-actor', { type: 'text', size: 8, placeholder: 'e.g. CHN', 'aria-label': 'actor code' });
  // The code, the quad class and the dates are the page's (filters.js): the timeline follows them too.
  const shownFilters = filterControls('filter');
  const status = el('div.status', { hidden: true });
  const graph = el('div#cy.graph', { 'aria-label': 'event network' });
  const panel = el('aside#edge-panel.panel', el('p.hint', 'Click an edge (or a table row) to list its events; click a node for its events.'));
  const table = el('table#edge-table.data');
  const slider = el(
    'div.range',
    el('label', 'From ', fromInput, ' ', fromLabel),
    el('label', 'Until ', untilInput, ' ', untilLabel),
    rangeNote,
  );
  const legend = el(
    'div.legend',
    el('span.swatch-bar'),
    el('span', 'Edge colour: mean Goldstein score of the edge\u2019s events, clipped to ±5: '),
    el('span.neg', 'red −5 conflict'), ' · ', el('span', 'grey 0'), ' · ', el('span.pos', 'blue +5 cooperation'),
    el('span', '. Edge width and node size: number of events.'),
  );
  // Downloads of what the view shows (the date range; GEXF also the minimum
  // and the level): the files `kizashi export` and `kizashi network` write.
  const link = (id, text) => el(`a#${id}.download`, { href: '#', download: '' }, text);
  const downloads = {
    csv: link('download-csv', 'events CSV'),
    gdelt: link('download-gdelt', 'GDELT events'),
    mentions: link('download-mentions', 'GDELT mentions'),
    gexf: link('download-gexf', 'network GEXF'),
  };
  const downloadBar = el('div.downloads', 'Download: ', downloads.csv, ' · ', downloads.gdelt, ' · ', downloads.mentions,
    ' · ', downloads.gexf);
  function updateDownloads(params) {
    const range = { since: params.since, until: params.until, actor: params.actor, code: params.code, quad: params.quad };
    downloads.csv.href = `/api/export${query({ ...range, format: 'csv' })}`;
    downloads.gdelt.href = `/api/export${query({ ...range, format: 'gdelt' })}`;
    downloads.mentions.href = `/api/export${query({ ...range, format: 'gdelt-mentions' })}`;
    downloads.gexf.href = `/api/network${query({ ...params, format: 'gexf' })}`;
  }
  // The overview timeline: dragging across it sets the date range.
  const brush = createBrush({
    onSelect(since, until) {
      if (state.first === null) return;
      applyRange(since, until);
      requery();
    },
  });
  const view = el(
    'section#network-view.view',
    { dataset: { state: 'loading' } },
    brush.el,
    el('div.controls', slider, el('label', 'Min events ', minInput), el('label', 'Level ', levelSelect),
      el('label', 'Top actors ', maxNodesInput), el('label', 'Top edges ', maxEdgesInput)),
    el('div.controls.filters', el('label', 'Actor ', actorInput), ...shownFilters.labels),
    downloadBar,
    status,
    cutNote,
    el('div.split', el('div.main-col', graph, legend), panel),
    el('h3', 'Edges'),
    table,
  );

  let cy = null;

  // The filters as API parameters: an actor code prefix, and the page's CAMEO
  // code (a root or a base code is a prefix: 04 -> 04*; four digits exact) and quad class.
  function filterParams() {
    const actor = actorInput.value.trim().toUpperCase();
    const { code, quad } = shared.params();
    return { actor: /^[A-Z0-9]{3,}$/.test(actor) ? actor : undefined, code, quad };
  }
  function rangeParams() {
    if (state.first === null) return {};
    const full = state.from === 0 && state.until === Number(untilInput.max);
    // The whole range means no date filter, so that undated events count too.
    return full ? {} : { since: dateOf(state.first + state.from), until: dateOf(state.first + state.until) };
  }

  function showRange() {
    if (state.first === null) return;
    fromLabel.value = dateOf(state.first + state.from);
    untilLabel.value = dateOf(state.first + state.until);
    const range = rangeParams();
    rangeNote.textContent = range.since ? 'dated events only' : 'all dates, undated events included';
    brush.mark(range.since, range.until);
    shared.set({ since: range.since, until: range.until });
  }

  // Dates set (or cleared) by another view move the sliders.
  function applyRange(since, until) {
    const span = Number(untilInput.max);
    const at = (date, fallback) => (date ? Math.max(0, Math.min(span, dayNumber(date) - state.first)) : fallback);
    fromInput.value = state.from = at(since, 0);
    untilInput.value = state.until = at(until, span);
    showRange();
  }

  const requery = debounce(() => load(), 250);

  fromInput.addEventListener('input', () => {
    state.from = Number(fromInput.value);
    if (state.from > state.until) untilInput.value = state.until = state.from;
    showRange();
    requery();
  });
  untilInput.addEventListener('input', () => {
    state.until = Number(untilInput.value);
    if (state.until < state.from) fromInput.value = state.from = state.until;
    showRange();
    requery();
  });
  minInput.addEventListener('change', () => {
    const n = Math.max(1, Math.floor(Number(minInput.value) || 1));
    minInput.value = state.minEvents = n;
    requery();
  });
  for (const [input, key] of [[maxNodesInput, 'maxNodes'], [maxEdgesInput, 'maxEdges']]) {
    input.addEventListener('change', () => {
      const n = Math.max(1, Math.floor(Number(input.value) || state[key]));
      input.value = state[key] = n;
      requery();
    });
  }
  actorInput.addEventListener('input', requery);
  shared.subscribe((s) => {
    if (!started) return;
    const range = rangeParams();
    if (state.first !== null && ((range.since || '') !== s.since || (range.until || '') !== s.until)) applyRange(s.since, s.until);
    requery();
  });
  levelSelect.addEventListener('change', () => {
    state.level = levelSelect.value;
    state.chosen = null;
    resetPanel();
    requery();
  });

  function ensureCy() {
    if (cy) return cy;
    cy = cytoscape({ container: graph, style: STYLE, minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false });
    window.kizashi.cy = cy;
    cy.on('tap', 'edge', (ev) => chooseEdge(ev.target.id()));
    cy.on('tap', 'node', (ev) => chooseNode(ev.target.id()));
    keepLabelsReadable(cy);
    return cy;
  }

  function elements(net) {
    const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));
    const maxEdge = Math.max(1, ...net.links.map((e) => e.events));
    const nodes = net.nodes.map((n) => ({
      group: 'nodes',
      data: {
        id: n.id, label: n.label || '', events: n.events, out_events: n.out_events, in_events: n.in_events,
        caption: n.label && n.label !== n.id ? `${n.id}\n${n.label}` : n.id,
        size: 18 + 42 * Math.sqrt(n.events / maxNode),
        // Labels grow with the node, so that a large graph reads by its main actors.
        font: Math.round(9 + 9 * Math.sqrt(n.events / maxNode)),
      },
    }));
    const edges = net.links.map((e) => ({
      group: 'edges',
      classes: e.goldstein_mean < 0 ? 'conflict' : 'coop',
      data: {
        id: `${e.source}->${e.target}`, source: e.source, target: e.target, events: e.events,
        cooperation: e.cooperation, conflict: e.conflict, goldstein_mean: e.goldstein_mean,
        goldstein_sum: e.goldstein_sum, color: goldsteinColor(e.goldstein_mean),
        width: 1.5 + 8.5 * Math.sqrt(e.events / maxEdge),
      },
    }));
    return nodes.concat(edges);
  }

  function draw(net) {
    const c = ensureCy();
    c.batch(() => {
      c.elements().remove();
      c.add(elements(net));
    });
    // A circle first, then a force layout from it: the same data gives the same picture.
    c.layout({ name: 'circle', animate: false }).run();
    // A dense graph gets shorter springs, so that it fits at a zoom where its main labels can be read.
    const dense = Math.min(1, Math.max(0, (net.nodes.length - 12) / 30));
    c.layout({
      name: 'cose', animate: false, randomize: false, padding: 30, nodeOverlap: 40,
      nodeRepulsion: () => 2500000 * (1 - 0.8 * dense), idealEdgeLength: () => 140 - 80 * dense,
    }).run();
    c.fit(undefined, 30);
    view.dataset.labels = String(declutterLabels(c));
    if (state.chosen && c.getElementById(state.chosen).length) c.getElementById(state.chosen).addClass('chosen');
  }

  function drawTable(net) {
    clear(table);
    table.append(
      el('thead', el('tr', ['source', 'target', 'events', 'coop', 'conflict', 'goldstein mean'].map((h) => el('th', h)))),
    );
    const rows = [...net.links].sort((a, b) => b.events - a.events || a.source.localeCompare(b.source));
    const body = el('tbody');
    for (const e of rows) {
      const id = `${e.source}->${e.target}`;
      const tr = el(
        'tr',
        { dataset: { edge: id }, tabIndex: 0, class: id === state.chosen ? 'selected' : '' },
        el('td', el('code', e.source)), el('td', el('code', e.target)), el('td.num', e.events),
        el('td.num', e.cooperation), el('td.num', e.conflict),
        el('td.num', el('span.swatch', { style: `background:${goldsteinColor(e.goldstein_mean)}` }), ' ', formatGoldstein(e.goldstein_mean)),
      );
      tr.addEventListener('click', () => chooseEdge(id));
      tr.addEventListener('keydown', (ev) => ev.key === 'Enter' && chooseEdge(id));
      body.append(tr);
    }
    if (!rows.length) body.append(el('tr', el('td', { colSpan: 6 }, 'No edges for these filters.')));
    table.append(body);
  }

  async function load() {
    const generation = ++state.generation;
    view.dataset.state = 'loading';
    const params = {
      ...rangeParams(), ...filterParams(), min_events: state.minEvents, level: state.level,
      max_nodes: state.maxNodes, max_edges: state.maxEdges,
    };
    for (const k of Object.keys(params)) if (params[k] === undefined) delete params[k];
    updateDownloads(params);
    drawOverview(generation);
    try {
      const net = await api.network(params);
      if (generation !== state.generation) return;
      if (state.chosen && !net.links.some((e) => `${e.source}->${e.target}` === state.chosen)) {
        state.chosen = null;
        resetPanel();
      }
      draw(net);
      drawTable(net);
      showCut(net);
      say(status, net.links.length ? '' : 'No events between these dates.');
      view.dataset.edges = String(net.links.length);
      view.dataset.query = new URLSearchParams(params).toString();
      view.dataset.state = 'ready';
      if (state.chosen) listEvents(state.chosen);
    } catch (e) {
      if (generation !== state.generation) return;
      say(status, `Network: ${e.message}`, true);
      view.dataset.state = 'error';
    }
  }

  // The overview follows the actor, code and quad filters (not the dates: it is how they are chosen).
  let overviewKey = null;
  async function drawOverview(generation) {
    const filters = filterParams();
    const key = JSON.stringify(filters);
    if (key === overviewKey) return;
    try {
      const res = await api.series({ by: 'week', ...filters });
      if (generation !== state.generation) return;
      overviewKey = key;
      brush.draw(res.series);
      const range = rangeParams();
      brush.mark(range.since, range.until);
      view.dataset.overview = String(res.series.reduce((n, r) => n + r.events, 0));
    } catch (e) {
      say(status, `Overview: ${e.message}`, true);
    }
  }

  // What the limits left out, so that a cut graph is never taken for the whole.
  function showCut(net) {
    const nodesTotal = net.graph.nodes_total ?? net.nodes.length;
    const linksTotal = net.graph.links_total ?? net.links.length;
    const cut = nodesTotal > net.nodes.length || linksTotal > net.links.length;
    cutNote.hidden = !cut;
    cutNote.textContent = cut
      ? `Showing ${net.nodes.length} of ${nodesTotal} actors and ${net.links.length} of ${linksTotal} edges, those in the most events; raise "Top actors" and "Top edges" to see more.`
      : '';
    view.dataset.nodesTotal = String(nodesTotal);
  }

  function resetPanel() {
    clear(panel).append(el('p.hint', 'Click an edge (or a table row) to list its events; click a node for its events.'));
  }

  function chooseEdge(id) {
    state.chosen = id;
    if (cy) {
      cy.edges('.chosen').removeClass('chosen');
      cy.getElementById(id).addClass('chosen');
    }
    for (const tr of table.querySelectorAll('tr[data-edge]')) tr.classList.toggle('selected', tr.dataset.edge === id);
    listEvents(id);
  }

  function chooseNode(id) {
    state.chosen = null;
    if (cy) cy.edges('.chosen').removeClass('chosen');
    for (const tr of table.querySelectorAll('tr.selected')) tr.classList.remove('selected');
    listEvents(null, id);
  }

  // An edge's events: at country level by the exact source/target countries,
  // at actor level by whole actor codes (exact=1). A country node lists events
  // whose actor codes start with it (USA: USA, USAGOV, ...); the API has no
  // "source or target country" filter, so that list is narrowed here.
  // The events of an edge (or a node), 100 a page: "more" asks for the next page.
  const PAGE = 100;
  async function listEvents(edgeId, nodeId) {
    const [src, tgt] = edgeId ? edgeId.split('->') : [null, null];
    const country = state.level === 'country';
    const title = edgeId ? `${src} → ${tgt}` : `${nodeId} (source or target)`;
    const generation = state.generation;
    const heading = el('h3', title);
    const note = el('p.status', 'loading…');
    const list = el('div.edge-events');
    const more = el('button#more-events.more', { type: 'button', hidden: true }, `${PAGE} more`);
    clear(panel).append(heading, note, list, more);
    panel.dataset.edge = edgeId || '';
    panel.dataset.state = 'loading';
    let params;
    if (edgeId) params = country ? { source_country: src, target_country: tgt } : { source: src, target: tgt, exact: 1 };
    else params = country ? { actor: nodeId } : { actor: nodeId, exact: 1 };
    const keep = edgeId || !country ? () => true : (e) => e.source_country === nodeId || e.target_country === nodeId;
    const { actor, ...filters } = filterParams();
    const both = actor && edgeId ? (e) => e.source.startsWith(actor) || e.target.startsWith(actor) : () => true;
    const edge = edgeId && cy ? cy.getElementById(edgeId) : null;
    const total = edge && edge.length ? edge.data('events') : null;
    let offset = 0;
    let shown = 0;
    async function page() {
      more.disabled = true;
      let got;
      try {
        got = await api.events({ ...params, ...rangeParams(), ...filters, limit: PAGE + 1, offset });
      } catch (e) {
        say(note, `Events: ${e.message}`, true);
        panel.dataset.state = 'error';
        return;
      }
      if (generation !== state.generation || panel.dataset.edge !== (edgeId || '')) return;
      const events = got.events.slice(0, PAGE).filter(both).filter(keep);
      offset += PAGE;
      shown += events.length;
      list.append(eventList(events, { sentence: true, doc: true }));
      const rest = got.events.length > PAGE;
      note.textContent = total !== null
        ? `${shown} of ${total} event${total === 1 ? '' : 's'}`
        : `${shown}${rest ? '+' : ''} event${shown === 1 ? '' : 's'}`;
      note.classList.remove('error');
      more.hidden = !rest;
      more.disabled = false;
      panel.dataset.shown = String(shown);
      panel.dataset.state = 'ready';
    }
    more.addEventListener('click', () => {
      panel.dataset.state = 'loading';
      page();
    });
    await page();
  }


  async function init() {
    const stats = await storeStats();
    if (stats && stats.first_date && stats.last_date) {
      state.first = dayNumber(stats.first_date);
      const span = Math.max(0, dayNumber(stats.last_date) - state.first);
      for (const input of [fromInput, untilInput]) input.max = span;
      const { since, until } = shared.get();
      applyRange(since, until);
    } else {
      slider.hidden = true;
    }
    await load();
  }

  let started = false;
  return {
    el: view,
    // #/network?actor=CHN (the search view's links) sets the actor filter.
    show(params) {
      const actor = params && params.get('actor');
      const changed = actor !== null && actor !== undefined && actor !== actorInput.value;
      if (changed) actorInput.value = actor;
      if (!started) {
        started = true;
        init();
      } else {
        if (cy) cy.resize();
        if (changed) requery();
      }
    },
  };
}
