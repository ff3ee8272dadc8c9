import { el, fmt, optionalJson, entityHref } from './api.js';
import { FACETS, edit, filterParams, grouped, navigate, setValueState, toggleValue } from './state.js';

// The facet sidebar: counts, multi-select (OR within a facet), exclude, show more, and a search box
// per facet backed by /api/facets/{field}. Widgets whose endpoint the server lacks stay hidden.

const COLLAPSED = 6;
/** One cheap call, sent while the first search runs, tells whether this server has /api/facets. */
const facetSearch = optionalJson('/api/facets/people', 'limit=1').then((r) => r !== null, () => false);

function valueState(p, f, value) {
  if (p.getAll(f.param).includes(value)) return 'include';
  if (p.getAll(`-${f.param}`).includes(value)) return 'exclude';
  return 'none';
}

function valueItem(f, v, p) {
  const stateName = valueState(p, f, v.value);
  const id = `fv-${f.key}-${encodeURIComponent(v.value).replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const excluded = stateName === 'exclude' || v.excluded;
  return el('li', { class: excluded ? 'value excluded' : 'value' },
    el('input', {
      type: 'checkbox', id, checked: stateName === 'include', 'data-key': `include:${f.param}:${v.value}`,
      onchange: () => navigate(edit((x) => setValueState(x, f.param, v.value, stateName === 'include' ? 'none' : 'include'))),
    }),
    el('label', { for: id }, el('span', { class: 'name' }, v.value),
      v.count !== undefined && v.count !== null ? el('span', { class: 'count' }, fmt.format(v.count)) : null),
    f.entity ? el('a', { class: 'about', href: entityHref(f.entity, v.value, grouped(p)), 'aria-label': `About ${v.value}`, title: `About ${v.value}` }, 'i') : null,
    el('button', {
      type: 'button', class: 'exclude', 'aria-pressed': excluded ? 'true' : 'false', 'data-key': `exclude:${f.param}:${v.value}`,
      'aria-label': excluded ? `Stop excluding ${v.value}` : `Exclude ${v.value}`, title: excluded ? 'Stop excluding' : 'Exclude',
      onclick: () => navigate(edit((x) => setValueState(x, f.param, v.value, excluded ? 'none' : 'exclude'))),
    }, excluded ? '↺' : '⊘'));
}

/** The facet's values with any selected or excluded value the top list left out (so it can be unticked). */
function withSelections(f, values, p) {
  const shown = new Set(values.map((v) => v.value));
  const extra = [...p.getAll(f.param), ...p.getAll(`-${f.param}`)].filter((v) => !shown.has(v)).map((value) => ({ value }));
  return [...extra, ...values];
}

async function loadMore(f, list, p, shownCount) {
  const params = filterParams(p);
  params.set('limit', '100');
  const r = await optionalJson(`/api/facets/${f.key}`, params).catch(() => null);
  if (!r || !r.values || r.values.length <= shownCount) return;
  list.replaceChildren(...withSelections(f, r.values, p).map((v) => valueItem(f, v, p)));
}

function searchBox(f, list, p, restore) {
  const input = el('input', {
    type: 'search', class: 'facet-search', id: `find-${f.key}`, 'data-key': `find:${f.key}`,
    placeholder: `Find ${f.label.toLowerCase()}…`, autocomplete: 'off',
  });
  const status = el('p', { class: 'facet-status', role: 'status' });
  let timer;
  let seq = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const prefix = input.value.trim();
      const mine = ++seq;
      if (!prefix) { restore(); status.textContent = ''; return; }
      const params = filterParams(p);
      params.set('prefix', prefix);
      params.set('limit', '20');
      try {
        const r = await optionalJson(`/api/facets/${f.key}`, params);
        if (mine !== seq || !r) return;
        list.replaceChildren(...r.values.map((v) => valueItem(f, v, p)));
        status.textContent = r.values.length ? `${r.values.length} ${r.values.length === 1 ? 'match' : 'matches'}` : `No ${f.label.toLowerCase()} start with “${prefix}” here.`;
      } catch (e) {
        status.textContent = `Could not search ${f.label.toLowerCase()}: ${e.message}`;
      }
    }, 200);
  });
  input.addEventListener('keydown', (e) => { if (e.key === 'Escape' && input.value) { input.value = ''; restore(); status.textContent = ''; } });
  return [el('label', { for: input.id, class: 'visually-hidden' }, `Find ${f.label.toLowerCase()}`), input, status];
}

function facetSection(f, values, p, canSearch) {
  const all = withSelections(f, values, p);
  const expanded = p.getAll('more').includes(f.key);
  const visible = expanded ? all : all.slice(0, COLLAPSED);
  const list = el('ul', { class: 'values', id: `values-${f.key}` }, ...visible.map((v) => valueItem(f, v, p)));
  const restore = () => list.replaceChildren(...visible.map((v) => valueItem(f, v, p)));
  if (expanded && values.length >= 20) loadMore(f, list, p, all.length);
  const more = all.length > COLLAPSED ? el('button', {
    type: 'button', class: 'more', 'aria-expanded': String(expanded), 'aria-controls': list.id, 'data-key': `more:${f.key}`,
    onclick: () => navigate(edit((x) => toggleValue(x, 'more', f.key), { keepPage: true }), { replace: true }),
  }, expanded ? 'Show fewer' : `Show more ${f.label.toLowerCase()}`) : null;
  return el('section', { class: 'facet', 'aria-labelledby': `facet-${f.key}` },
    el('h2', { id: `facet-${f.key}` }, f.label),
    canSearch && all.length >= COLLAPSED ? searchBox(f, list, p, restore) : null,
    list, more);
}

export async function renderFacets(container, data, p) {
  const canSearch = await facetSearch;
  const sections = FACETS.map((f) => {
    const values = data.facets?.[f.key] || [];
    if (!values.length && !p.getAll(f.param).length && !p.getAll(`-${f.param}`).length) return null;
    return facetSection(f, values, p, canSearch);
  }).filter(Boolean);
  container.replaceChildren(el('h2', { class: 'visually-hidden' }, 'Filters'),
    ...(sections.length ? sections : [el('p', { class: 'status' }, 'No filters for these results.')]));
}
