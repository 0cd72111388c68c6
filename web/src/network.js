// The actor network: nodes sized by activity, edges coloured by whether
// the relation was mostly cooperation or conflict. Clicking an actor lists
// its relations; each opens the relation view.
import cytoscape from 'cytoscape';
import { api } from './api.js';

let cy;

function relationsOf(id, name, edges, onRelation) {
  const side = document.getElementById('network-side');
  side.replaceChildren();
  const h = document.createElement('h3');
  h.textContent = name && name !== id ? `${name} (${id})` : id;
  side.append(h);
  const list = document.createElement('ul');
  for (const e of edges.filter((x) => x.source === id || x.target === id)) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = `${e.source} → ${e.target}: ${e.events} (${e.cooperation} coop, ${e.conflict} conflict)`;
    link.addEventListener('click', (ev) => {
      ev.preventDefault();
      onRelation(e.source, e.target);
    });
    li.append(link);
    list.append(li);
  }
  side.append(list);
}

export async function showNetwork(min, onRelation) {
  const { nodes, edges } = await api.network({ min });
  const most = Math.max(1, ...nodes.map((n) => n.events));
  const elements = [
    ...nodes.map((n) => ({
      data: { id: n.id, name: n.name, size: 20 + 40 * Math.sqrt(n.events / most) },
    })),
    ...edges.map((e, i) => ({
      data: {
        id: `e${i}`,
        source: e.source,
        target: e.target,
        width: 1 + Math.min(8, e.events),
        color: e.cooperation >= e.conflict ? '#2e7d32' : '#c62828',
      },
    })),
  ];
  if (cy) cy.destroy();
  cy = cytoscape({
    container: document.getElementById('network-graph'),
    elements,
    layout: { name: 'cose', animate: false },
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(id)',
          width: 'data(size)',
          height: 'data(size)',
          'background-color': '#546e7a',
          color: '#222',
          'font-size': 11,
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          opacity: 0.8,
        },
      },
    ],
  });
  cy.on('tap', 'node', (ev) =>
    relationsOf(ev.target.id(), ev.target.data('name'), edges, onRelation));
  document.getElementById('network-graph').dataset.nodes = String(nodes.length);
}

export function resizeNetwork() {
  if (cy) cy.resize();
}
