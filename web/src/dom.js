// Small DOM helpers. All text goes in through textContent (never innerHTML):
// everything the API returns is untrusted news text.

// el('div#id.card.wide', {title: 'x', dataset: {id: 1}, onclick: fn}, child, 'text', ...)
export function el(spec, attrs, ...children) {
  const [head, ...classes] = spec.split('.');
  const [tag, id] = head.split('#');
  const node = document.createElement(tag || 'div');
  if (id) node.id = id;
  if (classes.length) node.className = classes.join(' ');
  if (attrs !== undefined && attrs !== null && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'class') node.className += (node.className ? ' ' : '') + value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key in node && key !== 'list' && key !== 'style') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// A link only for http(s) addresses from the data; anything else stays text.
export function safeHref(url) {
  return /^https?:\/\//i.test(url || '') ? url : null;
}

// Sets a one-line message on an element, as an error or as plain status.
export function say(node, message, isError = false) {
  node.textContent = message || '';
  node.classList.toggle('error', Boolean(message) && isError);
  node.hidden = !message;
}

// A document's name as the dashboard shows it: a file's name without the
// server's folders (/srv/news/a.txt -> a.txt); other names (JSONL ids, URLs'
// ids) as they are.
export function shownName(name) {
  if (!name) return '';
  if (/^[a-z]+:\/\//i.test(name)) return name;
  const cut = name.replace(/\/+$/, '').split('/');
  return cut[cut.length - 1];
}
