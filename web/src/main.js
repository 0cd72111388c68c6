// dyad's page: tabs for the relation view, the network, the event table
// and the try-it box, over dyad serve's API.
import './style.css';
import { api } from './api.js';
import { showEvents } from './events.js';
import { resizeNetwork, showNetwork } from './network.js';
import { resizeRelation, showRelation } from './relation.js';
import { tryIt } from './tryit.js';

const $ = (id) => document.getElementById(id);

function report(error) {
  $('store-status').textContent = `Error: ${error.message}`;
  $('store-status').classList.add('error');
}

function openTab(name) {
  for (const b of document.querySelectorAll('#tabs button'))
    b.classList.toggle('active', b.dataset.tab === name);
  for (const s of document.querySelectorAll('section.tab')) s.classList.toggle('active', s.id === name);
  resizeRelation();
  resizeNetwork();
}

// An actor box holds a code ("IGOWSTNAT") or a name ("NATO", "Beijing"):
// names are looked up in the server's dictionary and replaced by the code.
async function actorCode(input) {
  const value = input.value.trim();
  const known = [...document.querySelectorAll('#actor-codes option')].some((o) => o.value === value);
  if (known || !value) return value;
  const { code } = await api.resolve(value);
  input.value = code;
  return code;
}

function relation(a, b) {
  $('actor-a').value = a;
  $('actor-b').value = b;
  openTab('relation');
  showRelation(a, b, $('relation-by').value).catch(report);
}

async function start() {
  for (const b of document.querySelectorAll('#tabs button'))
    b.addEventListener('click', () => openTab(b.dataset.tab));
  $('relation-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    Promise.all([actorCode($('actor-a')), actorCode($('actor-b'))])
      .then(([a, b]) => showRelation(a, b, $('relation-by').value))
      .catch(report);
  });
  $('network-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    showNetwork($('network-min').value, relation).catch(report);
  });
  $('events-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    showEvents({
      from: $('ev-from').value,
      to: $('ev-to').value,
      actor: $('ev-actor').value.trim(),
      code: $('ev-code').value.trim(),
      modality: $('ev-modality').value,
    }).catch(report);
  });
  $('tryit-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    tryIt($('tryit-text').value, $('tryit-date').value).catch(report);
  });
  window.addEventListener('resize', () => {
    resizeRelation();
    resizeNetwork();
  });

  const health = await api.health();
  $('store-status').textContent = `${health.documents} documents, ${health.events} events, ${health.mentions} mentions`;
  const { actors } = await api.actors({ limit: 200 });
  for (const a of actors) {
    const option = document.createElement('option');
    option.value = a.actor;
    option.label = a.name;
    $('actor-codes').append(option);
  }
  // Start on the busiest relation.
  const summary = await api.summary({ limit: 1 });
  const top = summary.top_dyads[0];
  await Promise.all([
    top ? showRelation(top.source, top.target, $('relation-by').value) : null,
    showNetwork(1, relation),
    showEvents({}),
  ]);
  if (top) {
    $('actor-a').value = top.source;
    $('actor-b').value = top.target;
  }
  document.body.dataset.ready = 'true'; // for tests: the first views are drawn
}

start().catch(report);
