// Code box (#/code): POST some Japanese text to /api/code and show what the
// coder makes of it, highlighted like a stored document. Nothing is stored.
import { api } from './api.js';
import { clear, el, say } from './dom.js';
import { legend, renderArticle } from './article.js';

const EXAMPLE = '中国外務省の報道官は4日、日本の防衛政策を批判した。';

export function createCodeView() {
  const textarea = el('textarea#code-text', { rows: 6, lang: 'ja', placeholder: EXAMPLE, spellcheck: false });
  const date = el('input#code-date', { type: 'date', title: 'the article\u2019s date (for relative dates such as 4日)' });
  const run = el('button#code-run', { type: 'submit' }, 'Code it');
  const error = el('div#code-error.status', { role: 'alert', hidden: true });
  const result = el('div#code-result');
  const form = el(
    'form.code-form',
    el('label.block', 'Japanese text ', textarea),
    el('div.controls', el('label', 'Date ', date), run, el('span.hint', 'Ctrl+Enter runs it. The text is coded, not stored.')),
  );
  const view = el('section#code-view.view', { dataset: { state: 'idle' } }, form, error, result);

  async function code() {
    const text = textarea.value;
    if (!text.trim()) {
      say(error, 'Type or paste some Japanese text first.', true);
      return;
    }
    run.disabled = true;
    view.dataset.state = 'loading';
    say(error, '');
    clear(result);
    try {
      const res = await api.code(text, date.value);
      const events = res.events || [];
      const { text: article, events: list } = renderArticle(res.sentences || [], events);
      result.append(
        legend(),
        el('div.split', el('div.main-col', article), el('aside.panel', el('h3', `${events.length} event${events.length === 1 ? '' : 's'}${res.date ? ` · ${res.date}` : ''}`), list)),
      );
      view.dataset.state = 'ready';
    } catch (e) {
      say(error, e.message, true);
      view.dataset.state = 'error';
    } finally {
      run.disabled = false;
    }
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    code();
  });
  textarea.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      code();
    }
  });

  return {
    el: view,
    show() {
      if (!textarea.value) textarea.focus();
    },
  };
}
