import { el, fmt, snippetNode } from './dom.js';
import { articleHref } from './links.js';
import { FACETS, activeFilters, edit, navigate, setValueState } from './state.js';

// The result list, its summary line, the empty state and the pager.

/** A hit's people, topics and organisations (the facets with an entity page, as /api/facets lists them) as filter chips. */
function chips(hit, p) {
  const values = FACETS.filter((f) => f.entity).flatMap((f) => (hit[f.key] || []).map((v) => chip(f.param, v, p, f.param)));
  return values.length ? el('p', { class: 'chips' }, el('span', { class: 'visually-hidden' }, 'Filter by: '), ...values) : null;
}

function chip(param, value, p, cls) {
  const active = p.getAll(param).includes(value);
  return el('button', {
    type: 'button', class: `chip ${cls}`, 'aria-pressed': String(active), 'data-key': `chip:${param}:${value}`,
    title: active ? `Remove the filter ${value}` : `Only articles with ${value}`,
    onclick: () => navigate(edit((x) => setValueState(x, param, value, active ? 'none' : 'include'))),
  }, value);
}

function story(hit, query) {
  const s = hit.story;
  if (!s || !s.copies || s.copies < 2) return null;
  const others = (s.articles || []).filter((a) => a.id !== hit.id);
  const outlets = (s.outlets || []).filter((o) => o !== hit.outlet);
  const n = outlets.length || s.copies - 1;
  return el('details', { class: 'story' },
    el('summary', {}, `Also in ${n} ${n === 1 ? 'outlet' : 'outlets'}`),
    el('ul', {}, ...others.map((a) => el('li', {},
      el('a', { href: articleHref(a.id, query) }, a.title || '(untitled)'), ' ',
      el('span', { class: 'meta' }, [a.outlet, a.date].filter(Boolean).join(' · '))))));
}

function hitItem(hit, data, p) {
  return el('li', { class: 'hit' },
    el('article', { 'aria-labelledby': `hit-${hit.id}` },
      el('h3', { id: `hit-${hit.id}` }, el('a', { href: articleHref(hit.id, data.query) },
        hit.titleHtml ? snippetNode(hit.titleHtml) : hit.title || '(untitled)')),
      el('p', { class: 'meta' },
        hit.outlet ? el('span', { class: 'outlet' }, hit.outlet) : null,
        hit.date ? el('time', { datetime: hit.date }, hit.date) : el('span', {}, 'undated')),
      ...(hit.snippets || []).map((s) => el('p', { class: 'snippet' }, snippetNode(s))),
      chips(hit, p),
      story(hit, data.query)));
}

/** "1 story", "12 articles": a count in the unit the API counted in (stories when grouped). */
export function counted(n, counting) {
  const [one, many] = counting === 'stories' ? ['story', 'stories'] : ['article', 'articles'];
  return `${fmt.format(n)} ${n === 1 ? one : many}`;
}

/** The count line: total in its unit, time, and the API's notices about the query. */
export function summary(data) {
  const n = data.total;
  const parts = [el('strong', { id: 'total' }, counted(n, data.counting)),
    el('span', { class: 'took' }, ` · ${data.tookMs} ms`)];
  const notes = [];
  if (data.queryNotice) notes.push(el('p', { class: 'notice' }, data.queryNotice));
  if (data.didYouMean && data.didYouMean !== data.query) {
    notes.push(el('p', { class: 'notice' }, 'Did you mean ',
      el('a', { href: `/?q=${encodeURIComponent(data.didYouMean)}`, 'data-nav': '' }, data.didYouMean), '?'));
  }
  return [el('p', { class: 'count' }, ...parts), ...notes];
}

/** What happened and what to do when nothing matches: each filter can be dropped from here. */
export function emptyState(data, p) {
  const filters = activeFilters(p);
  return el('div', { class: 'empty' },
    el('h3', {}, data.query ? `No articles match “${data.query}”${filters.length > 1 ? ' with these filters' : ''}.` : 'No articles match these filters.'),
    el('p', {}, filters.length ? 'Try removing a filter, using fewer or different words, or widening the date range:' : 'The index has no articles yet. Index some with the indexer (see the README), then reload.'),
    filters.length ? el('ul', {}, ...filters.map((f) => el('li', {}, el('button', {
      type: 'button', class: 'link-button', onclick: () => navigate(edit((x) => f.remove(x))),
    }, `Remove “${f.label}”`)))) : null);
}

export function renderHits(list, data, p) {
  list.replaceChildren(...data.results.map((hit) => hitItem(hit, data, p)));
}

/** A link to page n of the same search; following it moves focus to that page's first result (data-to-results). */
export function pageLink(n, label, current, extra = {}) {
  const q = edit((x) => (n === 1 ? x.delete('page') : x.set('page', n)), { keepPage: true }).toString();
  return el('a', { href: q ? `/?${q}` : '/', class: 'page', 'data-nav': '', 'data-to-results': '', 'aria-current': current ? 'page' : null, ...extra }, label);
}

export function renderPager(nav, data) {
  const pages = Math.min(Math.ceil(data.total / data.size), Math.floor(10000 / data.size));
  if (pages <= 1) { nav.replaceChildren(); return; }
  const page = data.page;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const items = [];
  if (page > 1) items.push(pageLink(page - 1, '← Previous', false, { rel: 'prev' }));
  let last = 0;
  for (const n of numbers) {
    if (n - last > 1) items.push(el('span', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    items.push(pageLink(n, String(n), n === page, { 'aria-label': `Page ${n}` }));
    last = n;
  }
  if (page < pages) items.push(pageLink(page + 1, 'Next →', false, { rel: 'next' }));
  nav.replaceChildren(el('ul', {}, ...items.map((i) => el('li', {}, i))));
}
