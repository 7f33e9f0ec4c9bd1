// The JSON API of `kizashi serve`. Every call returns parsed JSON or throws an
// ApiError carrying the HTTP status and the server's {"error": msg}.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    q.set(key, value === true ? '1' : String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function request(path, init) {
  let res;
  try {
    res = await fetch(path, { headers: { Accept: 'application/json' }, ...init });
  } catch (e) {
    throw new ApiError(0, `cannot reach the server (${e.message})`);
  }
  let body = null;
  const text = await res.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const msg = body && typeof body.error === 'string' ? body.error : `${res.status} ${res.statusText}`;
    throw new ApiError(res.status, msg);
  }
  if (body === null) throw new ApiError(res.status, `${path}: not JSON`);
  return body;
}

// The server puts its token in <meta name="kizashi-token"> of the page it
// serves; every POST carries it (the server refuses a POST without it).
function token() {
  const meta = typeof document !== 'undefined' ? document.querySelector('meta[name="kizashi-token"]') : null;
  return meta ? meta.getAttribute('content') : '';
}

export const api = {
  health: () => request('/api/health'),
  stats: () => request('/api/stats'),
  network: (p) => request(`/api/network${query(p)}`),
  events: (p) => request(`/api/events${query(p)}`),
  series: (p) => request(`/api/series${query(p)}`),
  actors: (q) => request(`/api/actors${query({ q })}`),
  documents: (p) => request(`/api/documents${query(p)}`),
  document: (id) => request(`/api/documents/${encodeURIComponent(id)}`),
  explain: (id) => request(`/api/documents/${encodeURIComponent(id)}/explain`),
  code: (text, date) =>
    request('/api/code', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Kizashi-Token': token() },
      body: JSON.stringify(date ? { text, date } : { text }),
    }),
};

// The store's date range, from /api/stats; null when the server has no stats.
let statsPromise = null;
export function storeStats() {
  if (!statsPromise) statsPromise = api.stats().catch(() => null);
  return statsPromise;
}
