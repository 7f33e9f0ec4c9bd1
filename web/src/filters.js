// Filters that every view follows: a CAMEO code, a quad class and a date range.
// One state for the page. A view either shows its own controls for the code
// and the quad (filterControls), and they stay in step with every other
// view's, or it reads the state and subscribes to its changes. The network view
// sets the dates with its sliders and overview timeline; any view may clear them.
import { el } from './dom.js';

const state = { code: '', quad: '', since: '', until: '' };
const listeners = new Set();

// A CAMEO code as the API takes it: a root or a base code is a prefix
// (04 -> 04*), four digits are one code; anything else is no filter.
export function codeParam(text) {
  const code = (text || '').trim();
  if (/^\d{2,3}$/.test(code)) return `${code}*`;
  return /^\d{4}$/.test(code) ? code : undefined;
}

export const QUAD_NAMES = {
  1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict',
};

export const shared = {
  get: () => ({ ...state }),
  // Changes the given keys; listeners hear of it only when something changed.
  set(partial) {
    let changed = false;
    for (const [key, value] of Object.entries(partial)) {
      if (!(key in state)) throw new Error(`filters: no filter "${key}"`);
      const v = value || '';
      if (state[key] !== v) {
        state[key] = v;
        changed = true;
      }
    }
    if (changed) for (const fn of listeners) fn({ ...state });
  },
  subscribe(fn) {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
  // The state as API parameters (absent filters are undefined).
  params() {
    return {
      code: codeParam(state.code),
      quad: state.quad || undefined,
      since: state.since || undefined,
      until: state.until || undefined,
    };
  },
  // "CAMEO 04* · quad 1 · 2024-08-05 – 2025-05-25", or '' with no filter.
  describe() {
    const parts = [];
    const code = codeParam(state.code);
    if (code) parts.push(`CAMEO ${code}`);
    if (state.quad) parts.push(`quad ${state.quad} (${QUAD_NAMES[state.quad]})`);
    if (state.since || state.until) parts.push(`${state.since || '…'} – ${state.until || '…'}`);
    return parts.join(' · ');
  },
};

// A CAMEO code box and a quad class menu bound to the shared state; `prefix`
// names their ids (filter-code, filter-quad; timeline-code, timeline-quad).
export function filterControls(prefix) {
  const codeInput = el(`input#${prefix}-code`, { type: 'text', size: 6, placeholder: 'e.g. 04 or 111', 'aria-label': 'CAMEO code' });
  const quadSelect = el(`select#${prefix}-quad`, { 'aria-label': 'quad class' },
    el('option', { value: '' }, 'all'),
    ...Object.entries(QUAD_NAMES).map(([q, name]) => el('option', { value: q }, `${q} ${name}`)));
  codeInput.addEventListener('input', () => shared.set({ code: codeInput.value.trim() }));
  quadSelect.addEventListener('change', () => shared.set({ quad: quadSelect.value }));
  shared.subscribe((s) => {
    if (codeInput.value.trim() !== s.code) codeInput.value = s.code;
    if (quadSelect.value !== s.quad) quadSelect.value = s.quad;
  });
  codeInput.value = state.code;
  quadSelect.value = state.quad;
  return { codeInput, quadSelect, labels: [el('label', 'CAMEO code ', codeInput), el('label', 'Quad class ', quadSelect)] };
}
