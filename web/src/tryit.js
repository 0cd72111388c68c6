// The try-it box: code a pasted text with the server's dictionaries and
// show each event with its evidence marked, without storing anything.
import { api } from './api.js';
import { byteToIndex, highlight } from './highlight.js';

export async function tryIt(text, date) {
  const out = document.getElementById('tryit-results');
  out.replaceChildren();
  const { events } = await api.code(text, date);
  const summary = document.createElement('p');
  summary.className = 'muted';
  summary.textContent = `${events.length} event${events.length === 1 ? '' : 's'}`;
  out.append(summary);
  for (const e of events) {
    const card = document.createElement('div');
    card.className = `event-card quad${e.quad_class}`;
    const h = document.createElement('h4');
    h.textContent = `${e.source} → ${e.target || '—'} · ${e.event_code} · ${e.modality}`;
    card.append(h);
    // Evidence offsets are into the whole text; mark them there, then show
    // the sentence that holds them.
    const spans = ['source', 'target', 'trigger']
      .map((kind) => e.evidence[kind] && { kind, ...e.evidence[kind] })
      .filter(Boolean)
      .map((s) => ({ kind: s.kind, begin: byteToIndex(text, s.begin), end: byteToIndex(text, s.end) }));
    const start = text.indexOf(e.text);
    const local = start >= 0 ? spans.map((s) => ({ ...s, begin: s.begin - start, end: s.end - start })) : [];
    card.append(highlight(e.text, local));
    const rule = document.createElement('p');
    rule.className = 'rule';
    rule.textContent = `Rule: ${e.rule}`;
    card.append(rule);
    out.append(card);
  }
}
