// Sentence highlighting, displaCy-style. The API gives spans as UTF-8 byte
// offsets into the sentence; they are mapped to string indices here and the
// sentence is rebuilt as properly nested elements even where spans cross.
import { el } from './dom.js';

function utf8Length(cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// A function from a UTF-8 byte offset to a UTF-16 string index. An offset
// inside a code point maps to that code point's start; past the end, to length.
export function byteIndexer(text) {
  const starts = []; // starts[b] = string index of the code point starting at byte b
  let byte = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const n = utf8Length(cp);
    for (let k = 0; k < n; k++) starts[byte + k] = i;
    byte += n;
    i += cp > 0xffff ? 2 : 1;
  }
  const total = byte;
  return (b) => {
    const x = Number(b);
    if (!Number.isFinite(x) || x <= 0) return 0;
    if (x >= total) return text.length;
    return starts[Math.floor(x)];
  };
}

export function utf8ByteLength(text) {
  let n = 0;
  for (const ch of text) n += utf8Length(ch.codePointAt(0));
  return n;
}

// Codes come as "USA JPN" (stored documents) or ["USA","JPN"] (/api/code).
export function codeList(codes) {
  if (Array.isArray(codes)) return codes.map(String).filter(Boolean);
  return String(codes || '').split(/\s+/).filter(Boolean);
}

// The spans of one sentence, in string indices:
// {begin, end, kind: 'actor'|'pred'|'quote', label, title, data}.
export function sentenceSpans(sentence, events) {
  const at = byteIndexer(sentence.text || '');
  const spans = [];
  for (const m of sentence.mentions || []) {
    const codes = codeList(m.codes);
    spans.push({
      begin: at(m.begin), end: at(m.end), kind: 'actor', label: codes.join(' ') || '?',
      title: [m.text, codeList(m.entries).join(' ')].filter(Boolean).join(' · '),
      data: { codes: codes.join(' ') },
    });
  }
  for (const q of sentence.quotes || []) {
    const speaker = q.speaker || q.speaker_codes || '';
    spans.push({
      begin: at(q.begin), end: at(q.end), kind: 'quote', label: speaker ? `— ${speaker}` : '',
      title: speaker ? `quote, said by ${speaker}` : 'quote', data: { speaker },
    });
  }
  // Events that share a predicate span share one mark, labelled with all their codes.
  const preds = new Map();
  (events || []).forEach((e, i) => {
    const [b, en] = Array.isArray(e.predicate_span) ? e.predicate_span : [0, 0];
    if (!(en > b)) return; // [0,0]: position unknown
    const key = `${b}:${en}`;
    if (!preds.has(key)) preds.set(key, { begin: at(b), end: at(en), events: [] });
    preds.get(key).events.push({ ...e, _key: e.id ?? `i${i}` });
  });
  for (const p of preds.values()) {
    const codes = [...new Set(p.events.map((e) => e.code))];
    spans.push({
      begin: p.begin, end: p.end, kind: 'pred', label: codes.join(' '),
      title: p.events.map((e) => `${e.code} ${e.plover || ''} ${e.source}→${e.target} (${e.rule || ''})`).join('\n'),
      data: { code: codes.join(' '), event: p.events.map((e) => e._key).join(' ') },
    });
  }
  return spans.filter((s) => s.end > s.begin);
}

const ORDER = { quote: 0, actor: 1, pred: 2 };

function openSpan(span) {
  const node =
    span.kind === 'actor' ? el('mark.ent.actor') : span.kind === 'pred' ? el('mark.pred') : el('span.quote');
  Object.assign(node.dataset, span.data || {});
  if (span.title) node.title = span.title;
  return node;
}

// Renders text with spans as nested elements. Where spans cross, the inner one
// is closed and reopened (as in HTML parsing); its label goes on its last piece,
// and the pieces before it get the class "cont" (drawn without a right edge).
export function renderSpans(text, spans) {
  const frag = document.createDocumentFragment();
  const bounds = new Set([0, text.length]);
  for (const s of spans) bounds.add(s.begin).add(s.end);
  const points = [...bounds].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const outerFirst = (a, b) => b.end - a.end || a.begin - b.begin || ORDER[a.kind] - ORDER[b.kind];
  const stack = []; // {span, node}, outermost first
  const pieces = new Map(); // span -> its elements
  const parent = () => (stack.length ? stack[stack.length - 1].node : frag);
  for (let k = 0; k < points.length; k++) {
    const p = points[k];
    // Close the spans ending here, and everything opened inside them.
    const lowest = stack.findIndex((o) => o.span.end <= p);
    const reopen = [];
    while (lowest >= 0 && stack.length > lowest) {
      const o = stack.pop();
      if (o.span.end <= p) {
        if (o.span.label) o.node.append(el('span.label', o.span.label));
      } else {
        reopen.push(o.span);
      }
    }
    if (k === points.length - 1) break;
    const opening = reopen.concat(spans.filter((s) => s.begin === p)).sort(outerFirst);
    for (const span of opening) {
      const node = openSpan(span);
      parent().append(node);
      stack.push({ span, node });
      if (!pieces.has(span)) pieces.set(span, []);
      pieces.get(span).push(node);
    }
    parent().append(document.createTextNode(text.slice(p, points[k + 1])));
  }
  for (const nodes of pieces.values()) {
    nodes.slice(0, -1).forEach((n) => n.classList.add('cont'));
    nodes.slice(1).forEach((n) => n.classList.add('cont-after'));
  }
  return frag;
}

// <p class="sentence" data-index=N> with its mentions, quotes and predicates.
export function renderSentence(sentence, events, tag = 'p') {
  const node = el(`${tag}.sentence`, { dataset: { index: sentence.index } });
  if (events && events.length) node.classList.add('has-event');
  node.append(renderSpans(sentence.text || '', sentenceSpans(sentence, events)));
  return node;
}
