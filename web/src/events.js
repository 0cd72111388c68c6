// The event table with filters, and an event's evidence: its sentence with
// source, target and trigger marked, the rule that coded it, and every
// document that reported it.
import { api } from './api.js';
import { findSpans, highlight } from './highlight.js';

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.append(td);
}

async function showDetail(event) {
  const panel = document.getElementById('event-detail');
  panel.replaceChildren();
  const { mentions } = await api.mentions(event.id);
  const first = mentions[0] || {};
  const h = document.createElement('h3');
  h.textContent = `${event.source} → ${event.target || '—'} · ${event.event_code} · ${event.date}`;
  panel.append(h);
  panel.append(
    highlight(
      event.text,
      findSpans(event.text, [
        ['trigger', first.trigger],
        ['source', first.source_name || event.source_name],
        ['target', first.target_name || event.target_name],
      ]),
    ),
  );
  const rule = document.createElement('p');
  rule.className = 'rule';
  rule.textContent = `Rule: ${first.rule || ''}`;
  panel.append(rule);
  const h4 = document.createElement('h4');
  h4.textContent = `Reported by ${mentions.length} mention${mentions.length === 1 ? '' : 's'}`;
  panel.append(h4);
  const list = document.createElement('ul');
  list.className = 'mentions';
  for (const m of mentions) {
    const li = document.createElement('li');
    const where = m.url ? Object.assign(document.createElement('a'), { href: m.url }) : document.createElement('span');
    where.textContent = m.doc;
    li.append(where, ` ${m.outlet ? `(${m.outlet}) ` : ''}${m.doc_date}, sentence ${m.sentence + 1}, ${m.modality}`);
    list.append(li);
  }
  panel.append(list);
}

export async function showEvents(filters) {
  const { events } = await api.events({ ...filters, limit: 500 });
  const body = document.querySelector('#events-table tbody');
  body.replaceChildren();
  for (const e of events) {
    const row = document.createElement('tr');
    row.className = `quad${e.quad_class}`;
    for (const v of [e.date, e.source, e.target || '—', e.event_code, e.goldstein.toFixed(1), e.num_mentions, e.modality])
      cell(row, String(v));
    row.addEventListener('click', () => {
      for (const r of body.querySelectorAll('tr.selected')) r.classList.remove('selected');
      row.classList.add('selected');
      showDetail(e);
    });
    body.append(row);
  }
  if (!events.length) {
    const row = document.createElement('tr');
    cell(row, 'No events match.');
    body.append(row);
  }
}
