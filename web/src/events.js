// One event as a card (<li class="event">), shared by the network side panel,
// the document view and the code box.
import { el, shownName } from './dom.js';
import { renderSpans, sentenceSpans } from './spans.js';

export const QUADS = [
  { key: 'verbal_coop', label: 'verbal cooperation', color: '#9ecae1' },
  { key: 'material_coop', label: 'material cooperation', color: '#1f77b4' },
  { key: 'verbal_conflict', label: 'verbal conflict', color: '#fdae6b' },
  { key: 'material_conflict', label: 'material conflict', color: '#d62728' },
];

export function quadLabel(q) {
  return (QUADS[Number(q) - 1] || { label: `quad ${q}` }).label;
}

export function formatGoldstein(g) {
  const n = Number(g);
  if (!Number.isFinite(n)) return '';
  return (n > 0 ? '+' : n < 0 ? '−' : '') + Math.abs(n).toFixed(1);
}

// An actor: its code (with its English name as a tooltip and a gloss) and the
// words of the text.
function actorSide(code, text, name) {
  return el('span.side', el('code.actor-code', { title: name || undefined }, code || '?'),
    text ? el('span.actor-text', { lang: 'ja' }, ` ${text}`) : null,
    name ? el('span.actor-name', ` (${name})`) : null);
}

// options: sentence (show the sentence with the predicate marked),
//          doc (link to the document), onSelect(event, node).
export function eventCard(e, options = {}) {
  const g = Number(e.goldstein);
  const card = el('li.event', {
    dataset: { sentence: e.sentence_index ?? '', event: e.id ?? '', code: e.code || '' },
    tabIndex: options.onSelect ? 0 : undefined,
  });
  card.classList.add(g > 0 ? 'coop' : g < 0 ? 'conflict' : 'neutral');
  const head = el(
    'div.event-head',
    el('span.event-date', e.event_date || e.doc_date || 'undated'),
    el('span.dyad', actorSide(e.source, e.source_text, e.source_name), el('span.arrow', ' → '),
      actorSide(e.target, e.target_text, e.target_name)),
  );
  const what = el(
    'div.event-what',
    el('span.cameo', { title: `CAMEO ${e.code} (root ${e.root_code || ''})${e.code_name ? `: ${e.code_name}` : ''}` }, e.code),
    e.code_name ? el('span.code-name', e.code_name) : null,
    e.plover ? el('span.plover', e.plover) : null,
    el('span.goldstein', { title: 'Goldstein score' }, formatGoldstein(e.goldstein)),
    e.quad_class ? el('span.quad', { dataset: { quad: e.quad_class } }, quadLabel(e.quad_class)) : null,
    e.intent ? el('span.flag', { title: 'intention, not an act' }, 'intent') : null,
    e.mutual ? el('span.flag', { title: 'both sides act' }, 'mutual') : null,
    e.num_articles > 1 ? el('span.flag', { title: 'stories reporting it' }, `${e.num_articles} articles`) : null,
  );
  card.append(head, what);
  if (options.sentence && e.sentence) {
    const s = { index: e.sentence_index, text: e.sentence, mentions: [], quotes: [] };
    card.append(el('div.event-sentence', { lang: 'ja' }, renderSpans(e.sentence, sentenceSpans(s, [e]))));
  }
  if (e.quote && e.quote.text) {
    card.append(
      el('div.event-quote', el('span.quote', { lang: 'ja' }, e.quote.text), e.quote.speaker ? ` — ${e.quote.speaker}` : ''),
    );
  }
  const meta = el('div.event-meta');
  if (e.rule) meta.append(el('span', 'rule ', el('code.rule', e.rule)));
  if (e.predicate) meta.append(el('span', 'predicate ', el('span.predicate', { lang: 'ja' }, e.predicate)));
  if (Array.isArray(e.actor_ids) && e.actor_ids.length) {
    meta.append(el('span.actor-ids', 'actors', e.actor_ids.map((id) => [' ', el('code.actor-id', id)])));
  }
  if (options.doc && e.doc_id) {
    meta.append(
      el('a.doc-link', { href: `#/document/${e.doc_id}`, title: 'open the document' }, `${shownName(e.doc) || 'document'} #${e.doc_id}`),
    );
  }
  card.append(meta);
  if (options.onSelect) {
    const select = (ev) => {
      if (ev.target.closest('a')) return;
      options.onSelect(e, card);
    };
    card.addEventListener('click', select);
    card.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        select(ev);
      }
    });
  }
  return card;
}

export function eventList(events, options) {
  return el('ol.events', events.map((e) => eventCard(e, options)));
}
