// An article as highlighted sentences beside its events; shared by the
// document view and the code box. Clicking an event flashes its sentence;
// clicking a predicate mark selects its events.
import { el } from './dom.js';
import { eventCard } from './events.js';
import { renderSentence } from './spans.js';

function flash(node) {
  node.classList.remove('highlight');
  void node.offsetWidth; // restart the CSS animation
  node.classList.add('highlight', 'selected');
}

export function legend() {
  return el(
    'div.legend.marks-legend',
    el('mark.ent.actor', 'actor', el('span.label', 'CODE')), ' mention · ',
    el('mark.pred', 'predicate', el('span.label', 'CAMEO')), ' of an event · ',
    el('span.quote', 'quotation', el('span.label', '— speaker')),
  );
}

// sentences: [{index, text, mentions, quotes}], events: API events.
// Returns {text, events} elements: the sentences and the event list.
export function renderArticle(sentences, events) {
  const keyOf = (e, i) => String(e.id ?? `i${i}`);
  const keyed = events.map((e, i) => ({ ...e, _key: keyOf(e, i) }));
  const bySentence = new Map();
  keyed.forEach((e) => {
    if (!bySentence.has(e.sentence_index)) bySentence.set(e.sentence_index, []);
    bySentence.get(e.sentence_index).push(e);
  });
  const text = el('div.article', { lang: 'ja' });
  for (const s of sentences) {
    // The predicate marks carry the events' keys (their ids, or their order).
    const evs = (bySentence.get(s.index) || []).map((e) => ({ ...e, id: e._key }));
    text.append(renderSentence(s, evs));
  }
  const list = el('ol.events');
  const cards = new Map();

  function clearSelection() {
    for (const n of text.querySelectorAll('.sentence.selected, .sentence.highlight')) n.classList.remove('selected', 'highlight');
    for (const n of text.querySelectorAll('mark.pred.selected')) n.classList.remove('selected');
    for (const n of list.querySelectorAll('.event.selected')) n.classList.remove('selected');
  }

  function selectEvent(e) {
    clearSelection();
    const card = cards.get(e._key);
    if (card) card.classList.add('selected');
    const sentence = text.querySelector(`.sentence[data-index="${Number(e.sentence_index)}"]`);
    if (!sentence) return;
    for (const mark of sentence.querySelectorAll('mark.pred')) {
      if ((mark.dataset.event || '').split(' ').includes(e._key)) mark.classList.add('selected');
    }
    sentence.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flash(sentence);
  }

  for (const e of keyed) {
    const card = eventCard(e, { onSelect: () => selectEvent(e) });
    cards.set(e._key, card);
    list.append(card);
  }

  text.addEventListener('click', (ev) => {
    const mark = ev.target.closest('mark.pred');
    if (!mark) return;
    const keys = (mark.dataset.event || '').split(' ');
    const first = keyed.find((e) => keys.includes(e._key));
    if (!first) return;
    selectEvent(first);
    for (const k of keys) cards.get(k)?.classList.add('selected');
    cards.get(first._key)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  });

  return { text, events: list };
}
