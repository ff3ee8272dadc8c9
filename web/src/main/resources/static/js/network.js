import { el, fmt } from './dom.js';
import { ApiError, explain, getJson } from './http.js';
import { current, edit, filterParams, navigate, setValueState } from './state.js';

// The network view: who is mentioned with whom in the current results (/api/network), drawn as
// SVG with a small force layout. Open or closed is part of the URL (network=show). A node filters
// the search by that name (click, Enter or Space); an edge tells its co-mentions and relatedness
// on hover, and the table below says the same for keyboard and screen-reader users.

const WIDTH = 800;
const HEIGHT = 480;
const KINDS = 'person,org';
const LIMIT = 40;
let inFlight;

/** A deterministic Fruchterman-Reingold layout: start on a circle, repel all, pull along edges, cool. */
export function layout(nodes, edges, width = WIDTH, height = HEIGHT) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: width / 2 + (width / 3) * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
  }));
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = 0.75 * Math.sqrt((width * height) / Math.max(n, 1));
  let temperature = width / 8;
  for (let round = 0; round < 250; round++) {
    const move = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x;
        const dy = pos[i].y - pos[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / d;
        move[i].x += (dx / d) * f; move[i].y += (dy / d) * f;
        move[j].x -= (dx / d) * f; move[j].y -= (dy / d) * f;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (d * d) / k;
      move[a].x -= (dx / d) * f; move[a].y -= (dy / d) * f;
      move[b].x += (dx / d) * f; move[b].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      const d = Math.max(Math.hypot(move[i].x, move[i].y), 0.01);
      pos[i].x = Math.min(width - 40, Math.max(40, pos[i].x + (move[i].x / d) * Math.min(d, temperature)));
      pos[i].y = Math.min(height - 20, Math.max(20, pos[i].y + (move[i].y / d) * Math.min(d, temperature)));
    }
    temperature *= 0.97;
  }
  return pos;
}

function filterBy(node) {
  navigate(edit((x) => setValueState(x, node.kind, node.label, 'include')));
}

function pairText(e, byId) {
  return `${byId.get(e.source).label} and ${byId.get(e.target).label}: ${fmt.format(e.count)} ${e.count === 1 ? 'article' : 'articles'} together, relatedness ${e.relatedness}`;
}

function drawing(data, detail) {
  const byId = new Map(data.nodes.map((d) => [d.id, d]));
  const pos = layout(data.nodes, data.edges);
  const at = new Map(data.nodes.map((d, i) => [d.id, pos[i]]));
  const maxEdge = Math.max(1, ...data.edges.map((e) => e.count));
  const maxNode = Math.max(1, ...data.nodes.map((d) => d.count));
  const edges = data.edges.map((e) => {
    const a = at.get(e.source);
    const b = at.get(e.target);
    const text = pairText(e, byId);
    const ends = { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1) };
    // A wide transparent twin of the line takes the pointer, so a thin edge is easy to hover.
    return el('svg:g', { class: 'edge', onmouseenter: () => { detail.textContent = text; } },
      el('svg:title', {}, text),
      el('svg:line', { class: 'edge-line', ...ends, 'stroke-width': (1 + (5 * e.count) / maxEdge).toFixed(1) }),
      el('svg:line', { class: 'edge-hit', ...ends }));
  });
  const nodes = data.nodes.map((d) => {
    const p = at.get(d.id);
    const r = 5 + 12 * Math.sqrt(d.count / maxNode);
    const label = `${d.label} (${d.kind === 'org' ? 'organisation' : d.kind}, ${d.count} ${d.count === 1 ? 'article' : 'articles'}): filter by this name`;
    return el('svg:g', {
      class: `node kind-${d.kind}`, tabindex: '0', role: 'button', 'aria-label': label, 'data-id': d.id, 'data-key': `node:${d.id}`,
      transform: `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`,
      onclick: () => filterBy(d),
      onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); filterBy(d); } },
      onmouseenter: () => { detail.textContent = `${d.label}: ${fmt.format(d.count)} articles`; },
      onfocus: () => { detail.textContent = `${d.label}: ${fmt.format(d.count)} articles. Enter filters by this name.`; },
    }, el('svg:title', {}, label), el('svg:circle', { r: r.toFixed(1) }),
    // Labels point away from the middle, so names at the right edge stay inside the drawing.
    p.x > WIDTH / 2
      ? el('svg:text', { x: (-r - 3).toFixed(1), y: '4', 'text-anchor': 'end' }, d.label)
      : el('svg:text', { x: (r + 3).toFixed(1), y: '4' }, d.label));
  });
  const view = { x: 0, y: 0, w: WIDTH, h: HEIGHT };
  const svg = el('svg:svg', {
    class: 'network-svg', id: 'network-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group',
    'aria-label': `Network of ${data.nodes.length} names and ${data.edges.length} co-mentions`,
  }, el('svg:g', { class: 'edges' }, ...edges), el('svg:g', { class: 'nodes' }, ...nodes));
  const apply = () => svg.setAttribute('viewBox', `${view.x.toFixed(1)} ${view.y.toFixed(1)} ${view.w.toFixed(1)} ${view.h.toFixed(1)}`);
  const zoom = (factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) => {
    const w = Math.min(WIDTH * 2, Math.max(WIDTH / 8, view.w * factor));
    const h = (w / WIDTH) * HEIGHT;
    view.x = cx - ((cx - view.x) * w) / view.w;
    view.y = cy - ((cy - view.y) * h) / view.h;
    view.w = w; view.h = h;
    apply();
  };
  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const box = svg.getBoundingClientRect();
    zoom(ev.deltaY > 0 ? 1.2 : 1 / 1.2, view.x + ((ev.clientX - box.left) / box.width) * view.w,
      view.y + ((ev.clientY - box.top) / box.height) * view.h);
  }, { passive: false });
  const controls = el('div', { class: 'network-controls' },
    el('button', { type: 'button', id: 'zoom-in', onclick: () => zoom(1 / 1.4) }, 'Zoom in'),
    el('button', { type: 'button', id: 'zoom-out', onclick: () => zoom(1.4) }, 'Zoom out'),
    el('button', { type: 'button', id: 'zoom-reset', onclick: () => { Object.assign(view, { x: 0, y: 0, w: WIDTH, h: HEIGHT }); apply(); } }, 'Reset'));
  return [controls, svg];
}

function table(data) {
  const byId = new Map(data.nodes.map((d) => [d.id, d]));
  return el('table', { class: 'co-mentions', id: 'co-mentions' },
    el('caption', {}, 'Most frequent co-mentions'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Names'), el('th', { scope: 'col' }, 'Articles together'),
      el('th', { scope: 'col' }, 'Relatedness'))),
    el('tbody', {}, ...data.edges.slice(0, 15).map((e) => el('tr', {},
      el('td', {}, `${byId.get(e.source).label} – ${byId.get(e.target).label}`),
      el('td', { class: 'num' }, fmt.format(e.count)), el('td', { class: 'num' }, String(e.relatedness))))));
}

function downloads(params) {
  const href = (format) => `/api/network?${new URLSearchParams([...params, ['format', format]])}`;
  return el('p', { class: 'downloads' }, 'Download for Gephi or networkx: ',
    el('a', { href: href('gexf'), download: '', id: 'network-gexf' }, 'GEXF'), ' · ',
    el('a', { href: href('graphml'), download: '', id: 'network-graphml' }, 'GraphML'));
}

async function load(body, panel, p) {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const params = filterParams(p);
  params.delete('group');
  params.delete('sort');
  params.set('kinds', KINDS);
  params.set('limit', String(LIMIT));
  panel.setAttribute('aria-busy', 'true');
  body.replaceChildren(el('p', { class: 'hint' }, 'Drawing the network…'));
  try {
    const data = await getJson('/api/network', params, { signal: controller.signal });
    if (controller.signal.aborted) return;
    if (!data.edges.length) {
      body.replaceChildren(el('p', { class: 'hint' }, 'No two people or organisations are named together in these results.'));
    } else {
      const detail = el('p', { class: 'hint network-detail', id: 'network-detail', 'aria-live': 'polite' },
        'Point at a line to see how often the two are named together.');
      body.replaceChildren(
        el('p', { class: 'hint' }, 'Relatedness (−1 to 1) says how much more often two names appear together than chance would have it in these results: 0 is chance.'),
        ...drawing(data, detail), detail, table(data), downloads(params));
    }
  } catch (e) {
    if (e.name === 'AbortError' || controller.signal.aborted) return;
    body.replaceChildren(el('p', { class: 'status error' }, explain(e instanceof ApiError ? e : new ApiError(0, e.message), 'the network')));
  } finally {
    if (inFlight === controller) panel.removeAttribute('aria-busy');
  }
}

/** The network panel: a disclosure whose state is the URL's network=show. */
export function renderNetwork(panel, p, total) {
  const open = p.get('network') === 'show';
  panel.hidden = !total;
  if (!panel.firstChild) {
    const summary = el('summary', { id: 'network-title' }, 'Network of people and organisations');
    panel.append(summary, el('div', { class: 'network-body', id: 'network-body' }));
    panel.addEventListener('toggle', () => {
      if (panel.open === (current().get('network') === 'show')) return;
      navigate(edit((x) => (panel.open ? x.set('network', 'show') : x.delete('network')), { keepPage: true }), { replace: false });
    });
  }
  panel.open = open;
  const body = panel.querySelector('#network-body');
  if (!open || !total) {
    inFlight?.abort();
    body.replaceChildren();
    panel.removeAttribute('aria-busy');
    return;
  }
  load(body, panel, p);
}
