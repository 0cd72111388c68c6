// Calls to dyad serve's JSON API. Errors carry the server's message.

async function request(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v != null) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  health: () => request('api/health'),
  summary: (p = {}) => request(`api/summary${query(p)}`),
  actors: (p = {}) => request(`api/actors${query(p)}`),
  dyad: (p) => request(`api/dyad${query(p)}`),
  network: (p = {}) => request(`api/network${query(p)}`),
  events: (p = {}) => request(`api/events${query(p)}`),
  mentions: (id) => request(`api/events/${id}/mentions`),
  resolve: (name) => request(`api/resolve${query({ name })}`),
  code: (text, date) =>
    request('api/code', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(date ? { text, date } : { text }),
    }),
};
