// Documents (#/documents?offset=N) and one document (#/document/ID).
import { api } from './api.js';
import { clear, el, safeHref, say, shownName } from './dom.js';
import { legend, renderArticle } from './article.js';

const PAGE = 50;

export function createDocumentListView() {
  const status = el('div.status', { hidden: true });
  const table = el('table#document-table.data');
  const pager = el('div.pager');
  const idInput = el('input#document-id', { type: 'number', min: 1, step: 1, placeholder: 'id' });
  const open = el(
    'form.controls.open-doc',
    el('label', 'Open document by id ', idInput),
    el('button', { type: 'submit' }, 'Open'),
  );
  open.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const id = Math.floor(Number(idInput.value));
    if (id > 0) location.hash = `#/document/${id}`;
  });
  const view = el('section#documents-view.view', { dataset: { state: 'loading' } }, el('h2', 'Documents'), open, status, table, pager);

  async function load(offset) {
    view.dataset.state = 'loading';
    clear(table);
    clear(pager);
    let res;
    try {
      res = await api.documents({ limit: PAGE, offset });
    } catch (e) {
      say(status, e.status === 404 ? 'This server has no document list (GET /api/documents); open a document by id.' : `Documents: ${e.message}`, e.status !== 404);
      view.dataset.state = 'error';
      return;
    }
    const docs = res.documents || [];
    say(status, docs.length ? '' : offset ? 'No more documents.' : 'The store holds no documents yet.');
    table.append(el('thead', el('tr', ['id', 'name', 'title', 'date', 'sentences', 'events', 'duplicate of'].map((h) => el('th', h)))));
    const body = el('tbody');
    for (const d of docs) {
      body.append(
        el(
          'tr',
          { dataset: { doc: d.id, name: shownName(d.name) } },
          el('td.num', d.id),
          el('td', el('a', { href: `#/document/${d.id}` }, shownName(d.name) || `document ${d.id}`)),
          el('td', { lang: 'ja' }, d.title || ''),
          el('td', d.date || ''),
          el('td.num', d.sentences ?? ''),
          el('td.num', d.events ?? ''),
          el('td', d.duplicate_of ? el('a', { href: `#/document/${d.duplicate_of}` }, `#${d.duplicate_of}`) : ''),
        ),
      );
    }
    table.append(body);
    if (offset > 0) pager.append(el('a', { href: `#/documents?offset=${Math.max(0, offset - PAGE)}` }, '← newer'));
    if (docs.length === PAGE) pager.append(el('a', { href: `#/documents?offset=${offset + PAGE}` }, 'older →'));
    view.dataset.state = 'ready';
  }

  return {
    el: view,
    show(params) {
      load(Math.max(0, Math.floor(Number(params.get('offset')) || 0)));
    },
  };
}

export function createDocumentView() {
  const status = el('div.status', { hidden: true });
  const head = el('div.doc-head');
  const body = el('div.split.doc-body');
  const view = el('section#document-view.view', { dataset: { state: 'loading' } }, head, status, body);
  let shown = null;

  async function load(id) {
    if (shown === id && view.dataset.state === 'ready') return;
    shown = id;
    view.dataset.state = 'loading';
    view.dataset.doc = id;
    clear(head).append(el('h2', `Document ${id}`));
    clear(body);
    say(status, 'loading…');
    let d;
    try {
      d = await api.document(id);
    } catch (e) {
      if (shown !== id) return;
      say(status, `Document ${id}: ${e.message}`, true);
      view.dataset.state = 'error';
      return;
    }
    if (shown !== id) return;
    const href = safeHref(d.url);
    clear(head).append(
      el('h2', { lang: 'ja' }, d.title || shownName(d.name) || `Document ${d.id}`),
      el(
        'p.doc-meta',
        el('span', `#${d.id}`), ' · ', el('span', shownName(d.name)), ' · ', el('span', d.date || 'undated'), ' · ', el('span', d.lang || ''),
        href ? [' · ', el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, 'source')] : null,
        d.duplicate_of ? [' · near-duplicate of ', el('a', { href: `#/document/${d.duplicate_of}` }, `#${d.duplicate_of}`)] : null,
      ),
      legend(),
    );
    const events = d.events || [];
    const { text, events: list } = renderArticle(d.sentences || [], events);
    addExplainButtons(text, d.id);
    body.append(
      el('div.main-col', text),
      el('aside.panel.doc-events', el('h3', `${events.length} event${events.length === 1 ? '' : 's'}`), list),
    );
    say(status, '');
    view.dataset.state = 'ready';
  }

  return {
    el: view,
    show(params, id) {
      load(String(id));
    },
  };
}

// A sentence that gave no event gets a button that asks the server why: the
// document coded again with its --explain trace (GET /api/documents/ID/explain),
// whose lines for that sentence are shown under it.
function addExplainButtons(text, id) {
  let traces = null;
  for (const p of text.querySelectorAll('p.sentence:not(.has-event)')) {
    const index = Number(p.dataset.index);
    const button = el('button.why', { type: 'button', title: 'why no event was coded' }, 'why no event?');
    button.addEventListener('click', async () => {
      button.disabled = true;
      const box = el('pre.trace', { dataset: { index: String(index) } }, 'loading…');
      p.after(box);
      try {
        traces = traces || api.explain(id);
        const coded = await traces;
        const s = (coded.sentences || []).find((x) => x.index === index);
        box.textContent = s && s.trace && s.trace.length ? s.trace.join('\n') : 'no trace for this sentence';
        box.dataset.state = 'ready';
      } catch (e) {
        box.textContent = `explain: ${e.message}`;
        box.dataset.state = 'error';
      }
    });
    p.append(' ', button);
  }
}
