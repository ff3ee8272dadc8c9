import { getJson, el, snippetNode } from './api.js';

// All state lives in the URL: reload, share, back and forward reproduce the page exactly.
const FACETS = [
  { key: 'people', param: 'person', label: 'People' },
  { key: 'topics', param: 'topic', label: 'Topics' },
  { key: 'outlet', param: 'outlet', label: 'Outlets' },
];
const $ = (id) => document.getElementById(id);

function state() {
  return new URLSearchParams(location.search);
}

function navigate(params, { replace = false } = {}) {
  for (const [k, v] of [...params.entries()]) if (v === '') params.delete(k);
  const url = `${location.pathname}${params.toString() ? '?' + params : ''}`;
  history[replace ? 'replaceState' : 'pushState'](null, '', url);
  render();
}

function toggle(param, value) {
  const p = state();
  const values = p.getAll(param);
  p.delete(param);
  for (const v of values) if (v !== value) p.append(param, v);
  if (!values.includes(value)) p.append(param, value);
  p.delete('page');
  navigate(p);
}

async function render() {
  const p = state();
  $('q').value = p.get('q') || '';
  $('sort').value = p.get('sort') || 'relevance';
  $('status').textContent = 'Searching…';
  document.body.setAttribute('aria-busy', 'true');
  try {
    const data = await getJson('/api/search', p.toString());
    renderFilters(p);
    renderHits(data);
    renderFacets(data, p);
    renderPager(data, p);
    $('status').textContent = data.total === 0
      ? 'No articles match. Try fewer words or remove a filter.'
      : `${data.total.toLocaleString()} article${data.total === 1 ? '' : 's'} · ${data.tookMs} ms`;
  } catch (e) {
    $('hits').replaceChildren();
    $('pager').replaceChildren();
    $('status').textContent = e.status === 503
      ? 'The search index is not reachable right now. Try again in a moment.'
      : `Search failed: ${e.message}`;
  } finally {
    document.body.removeAttribute('aria-busy');
  }
}

function renderHits(data) {
  $('hits').replaceChildren(...data.results.map((hit) => el('li', { class: 'hit' },
    el('h2', {}, el('a', { href: `/article.html?id=${encodeURIComponent(hit.id)}${data.query ? '&q=' + encodeURIComponent(data.query) : ''}` }, hit.title || '(untitled)')),
    el('p', { class: 'meta' }, [hit.outlet, hit.date || 'undated'].filter(Boolean).join(' · ')),
    ...hit.snippets.map((s) => el('p', { class: 'snippet' }, snippetNode(s))),
    el('p', { class: 'chips' },
      ...hit.people.map((v) => el('button', { type: 'button', class: 'chip person', onclick: () => toggle('person', v) }, v)),
      ...hit.topics.map((v) => el('button', { type: 'button', class: 'chip topic', onclick: () => toggle('topic', v) }, v))),
  )));
}

function renderFacets(data, p) {
  const groups = FACETS.map(({ key, param, label }) => {
    const values = data.facets[key] || [];
    if (values.length === 0) return null;
    return el('section', { class: 'facet', 'aria-labelledby': `facet-${key}` },
      el('h2', { id: `facet-${key}` }, label),
      el('ul', {}, ...values.map((f) => el('li', {},
        el('label', {},
          el('input', { type: 'checkbox', checked: f.selected, onchange: () => toggle(param, f.value) }),
          ` ${f.value} `, el('span', { class: 'count' }, f.count.toLocaleString()))))));
  });
  const dates = data.facets.date || [];
  if (dates.length) {
    const max = Math.max(...dates.map((d) => d.count));
    groups.push(el('section', { class: 'facet', 'aria-labelledby': 'facet-date' },
      el('h2', { id: 'facet-date' }, 'Date'),
      el('ul', { class: 'histogram' }, ...dates.map((d) => el('li', {},
        el('button', { type: 'button', title: `${d.value}: ${d.count}`, onclick: () => {
          const q = state(); q.set('from', d.value); q.set('to', d.value); q.delete('page'); navigate(q);
        } }, el('span', { class: 'bar', style: `width:${Math.max(4, (100 * d.count) / max)}%` }), ` ${d.value} (${d.count})`))))));
  }
  $('facets').replaceChildren(...groups.filter(Boolean));
}

function renderFilters(p) {
  const chips = [];
  for (const { param, label } of FACETS) {
    for (const v of p.getAll(param)) chips.push(el('button', { type: 'button', class: 'filter', onclick: () => toggle(param, v), 'aria-label': `Remove filter ${label}: ${v}` }, `${label}: ${v} ✕`));
  }
  if (p.get('from') || p.get('to')) {
    chips.push(el('button', { type: 'button', class: 'filter', onclick: () => { const q = state(); q.delete('from'); q.delete('to'); navigate(q); } },
      `Date: ${p.get('from') || '…'} – ${p.get('to') || '…'} ✕`));
  }
  if (chips.length > 1) chips.push(el('button', { type: 'button', class: 'clear', onclick: () => navigate(new URLSearchParams(p.get('q') ? { q: p.get('q') } : {})) }, 'Clear all'));
  $('active-filters').replaceChildren(...chips);
}

function renderPager(data, p) {
  const pages = Math.min(Math.ceil(data.total / data.size), Math.floor(10000 / data.size));
  const nav = [];
  const go = (n) => { const q = state(); q.set('page', n); navigate(q); $('results').focus(); };
  if (data.page > 1) nav.push(el('button', { type: 'button', onclick: () => go(data.page - 1) }, '← Previous'));
  if (pages > 1) nav.push(el('span', {}, ` Page ${data.page} of ${pages} `));
  if (data.page < pages) nav.push(el('button', { type: 'button', onclick: () => go(data.page + 1) }, 'Next →'));
  $('pager').replaceChildren(...nav);
}

$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const p = state();
  p.set('q', $('q').value.trim());
  p.set('sort', $('sort').value === 'relevance' ? '' : $('sort').value);
  p.delete('page');
  navigate(p);
});
$('sort').addEventListener('change', () => $('search-form').requestSubmit());
window.addEventListener('popstate', render);
render();
