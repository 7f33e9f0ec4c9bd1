// The kizashi dashboard: one page, hash routes, five tabs.
//   #/network?actor=A  #/timeline?dyad=A-B&by=week  #/documents  #/document/ID  #/code  #/search?q=WORDS
import { api, storeStats } from './api.js';
import { el } from './dom.js';
import { createNetworkView } from './network.js';
import { createTimelineView } from './timeline.js';
import { createDocumentListView, createDocumentView } from './documents.js';
import { createCodeView } from './codebox.js';
import { createSearchView } from './search.js';
import { byteIndexer, renderSentence } from './spans.js';

// For tests and the console: window.kizashi.cy (the graph), .chart (the timeline)
// and the sentence highlighter.
window.kizashi = window.kizashi || {};
window.kizashi.highlight = { byteIndexer, renderSentence };

const factories = {
  network: createNetworkView,
  timeline: createTimelineView,
  documents: createDocumentListView,
  document: createDocumentView,
  code: createCodeView,
  search: createSearchView,
};
const tabOf = { network: 'network', timeline: 'timeline', documents: 'documents', document: 'documents', code: 'code', search: 'search' };
const views = {};

// "#/document/4?x=1" -> {name: 'document', arg: '4', params}
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?');
  const [name, arg] = path.split('/');
  return { name: factories[name] ? name : 'network', arg: arg ? decodeURIComponent(arg) : '', params: new URLSearchParams(search) };
}

function route() {
  const { name, arg, params } = parseHash();
  const root = document.getElementById('app');
  if (!views[name]) {
    views[name] = factories[name]();
    root.append(views[name].el);
  }
  if (name === 'document' && !/^\d+$/.test(arg)) {
    location.replace('#/documents');
    return;
  }
  for (const [key, v] of Object.entries(views)) v.el.hidden = key !== name;
  for (const a of document.querySelectorAll('nav.tabs a')) {
    const active = a.dataset.tab === tabOf[name];
    a.classList.toggle('active', active);
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.body.dataset.view = name;
  views[name].show(params, arg);
}

async function header() {
  const info = document.getElementById('store-info');
  const [health, stats] = await Promise.all([api.health().catch((e) => ({ error: e.message })), storeStats()]);
  info.textContent = '';
  if (health.error) {
    info.append(el('span.error', `server: ${health.error}`));
    return;
  }
  const parts = [el('span.store', { title: `schema version ${health.schema_version}` }, String(health.store || 'store'))];
  if (stats) {
    parts.push(
      el('span', `${stats.documents} documents`),
      el('span', `${stats.sentences} sentences`),
      el('span', `${stats.events} events`),
    );
    if (stats.first_date) parts.push(el('span', `${stats.first_date} – ${stats.last_date}`));
  }
  parts.forEach((p, i) => info.append(i ? ' · ' : '', p));
}

function start() {
  window.addEventListener('hashchange', route);
  route();
  header();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
