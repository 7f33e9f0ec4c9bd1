// Search view (#/search?q=WORDS): the dictionary's actors whose names hold the
// words (each a link to the network filtered by its code) and the stored
// events whose sentence holds them, 100 a page.
import { api } from './api.js';
import { clear, debounce, el, say } from './dom.js';
import { eventList } from './events.js';

const PAGE = 100;

export function createSearchView() {
  const input = el('input#search-q', { type: 'search', size: 30, placeholder: 'an actor or words of a sentence (e.g. 中国, 批判)', 'aria-label': 'search' });
  const status = el('div.status', { hidden: true });
  const actors = el('ul#search-actors.actors');
  const events = el('div#search-events');
  const more = el('button#search-more.more', { type: 'button', hidden: true }, `${PAGE} more`);
  const note = el('p.status');
  const view = el(
    'section#search-view.view',
    { dataset: { state: 'idle' } },
    el('div.controls', el('label', 'Search ', input)),
    status,
    el('h3', 'Actors'),
    actors,
    el('h3', 'Events'),
    note,
    events,
    more,
  );
  let generation = 0;
  let offset = 0;
  let shown = 0;

  async function page(q, gen) {
    more.disabled = true;
    const got = await api.events({ q, limit: PAGE + 1, offset });
    if (gen !== generation) return;
    const list = got.events.slice(0, PAGE);
    offset += PAGE;
    shown += list.length;
    events.append(eventList(list, { sentence: true, doc: true }));
    const rest = got.events.length > PAGE;
    note.textContent = `${shown}${rest ? '+' : ''} event${shown === 1 ? '' : 's'} whose sentence holds “${q}”`;
    more.hidden = !rest;
    more.disabled = false;
    view.dataset.events = String(shown);
  }

  async function search(q) {
    const gen = ++generation;
    clear(actors);
    clear(events);
    note.textContent = '';
    more.hidden = true;
    offset = 0;
    shown = 0;
    view.dataset.q = q;
    if (!q) {
      view.dataset.state = 'idle';
      return;
    }
    view.dataset.state = 'loading';
    try {
      const [found] = await Promise.all([api.actors(q), page(q, gen)]);
      if (gen !== generation) return;
      for (const a of found.actors) {
        actors.append(el('li.actor', { dataset: { code: a.code } },
          el('a', { href: `#/network?actor=${encodeURIComponent(a.code)}` }, el('code.actor-code', a.code)),
          ' ', el('span', { lang: 'ja' }, a.name), a.label && a.label !== a.code ? el('span.actor-name', ` (${a.label})`) : null));
      }
      if (!found.actors.length) actors.append(el('li.hint', 'no actor of the dictionary has this name'));
      say(status, '');
      view.dataset.state = 'ready';
    } catch (e) {
      if (gen !== generation) return;
      say(status, `Search: ${e.message}`, true);
      view.dataset.state = 'error';
    }
  }

  const run = debounce(() => {
    const q = input.value.trim();
    if (location.hash !== `#/search?q=${encodeURIComponent(q)}`) history.replaceState(null, '', `#/search?q=${encodeURIComponent(q)}`);
    search(q);
  }, 300);
  input.addEventListener('input', run);
  more.addEventListener('click', () => page(view.dataset.q, generation).catch((e) => say(status, `Search: ${e.message}`, true)));

  return {
    el: view,
    show(params) {
      const q = (params && params.get('q')) || '';
      if (q !== input.value.trim() || view.dataset.state === 'idle') {
        input.value = q;
        search(q);
      }
      input.focus();
    },
  };
}
