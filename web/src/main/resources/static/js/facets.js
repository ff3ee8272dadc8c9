import { el, fmt } from './dom.js';
import { getJson } from './http.js';
import { entityHref } from './links.js';
import { englishOnlyNote, languageName } from './languages.js';
import { FACETS, edit, filterParams, grouped, navigate, setValueState } from './state.js';
import { facetInfo } from './facet-info.js';

// The facet sidebar: counts, multi-select (OR within a facet), exclude, show more, and a search box
// per facet backed by /api/facets/{field}. Widgets whose endpoint the server lacks stay hidden.

const COLLAPSED = 6;
/** "Show more" adds this many values at a time. */
const STEP = 25;
/** The search answer lists this many values per facet (SearchFacets.LIMIT); more come from /api/facets. */
const SEARCH_TOP = 20;
/** The most values /api/facets gives per call, and the longest list shown. */
const PAGE_LIMIT = 100;
const MAX_SHOWN = 1000;

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
    el('label', { for: id }, el('span', { class: 'name', title: f.codes ? v.value : null }, f.codes ? languageName(v.value) : v.value),
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
        const r = await getJson(`/api/facets/${f.key}`, params);
        if (mine !== seq) return;
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

/** How many values of a facet the URL asks for: 6, or 25, 50, … after "Show more" (more=people, more=people:50). */
function shownCount(p, f) {
  for (const m of p.getAll('more')) {
    const [key, n] = m.split(':');
    if (key === f.key) return Math.min(MAX_SHOWN, Math.max(STEP, Math.round(Number(n) / STEP) * STEP || STEP));
  }
  return COLLAPSED;
}

/** The state with n values of the facet shown (other facets as they were; the page kept). */
function showing(f, n) {
  return edit((x) => {
    const others = x.getAll('more').filter((m) => m.split(':')[0] !== f.key);
    x.delete('more');
    for (const o of others) x.append('more', o);
    if (n > COLLAPSED) x.append('more', n === STEP ? f.key : `${f.key}:${n}`);
  }, { keepPage: true });
}

/** The first n values of a facet under the search, up to 100 per call, and how many it has in all. */
async function firstValues(f, p, n) {
  const values = [];
  let distinct = null;
  while (values.length < n) {
    const params = filterParams(p);
    params.set('offset', String(values.length));
    params.set('limit', String(Math.min(PAGE_LIMIT, n - values.length)));
    const r = await getJson(`/api/facets/${f.key}`, params);
    distinct ??= r.distinct ?? null;
    values.push(...r.values);
    if (!r.more) break;
  }
  return { values, distinct };
}

/**
 * The values to list and how many the facet has in all (null if unknown). The search answer has the
 * top 20 and how many values there are in all (facetDistinct); a longer list comes from
 * /api/facets/{field}.
 */
async function valuesFor(f, top, p, n, known) {
  if (top.length < SEARCH_TOP) return { values: top, distinct: top.length };
  if (n <= top.length && known !== undefined) return { values: top, distinct: known };
  const r = await firstValues(f, p, n > top.length ? n : 1).catch(() => null);
  if (!r) return { values: top, distinct: known ?? null };
  return { values: n > top.length ? r.values : top, distinct: known ?? r.distinct };
}

function moreButtons(f, list, n, shown, distinct, hasMore) {
  const remaining = distinct === null ? null : Math.max(0, distinct - shown);
  const next = n < STEP ? STEP : n + STEP;
  const buttons = [];
  if ((remaining ?? (hasMore ? 1 : 0)) > 0 && n < MAX_SHOWN) {
    const step = remaining === null ? next - n : Math.min(next - n, remaining);
    buttons.push(el('button', {
      type: 'button', class: 'more', 'aria-expanded': String(n > COLLAPSED), 'aria-controls': list.id, 'data-key': `more:${f.key}`,
      onclick: () => navigate(showing(f, next), { replace: true }),
    }, `Show ${step} more ${f.label.toLowerCase()}`, remaining === null ? null : el('span', { class: 'remaining' }, ` (${fmt.format(remaining)} not shown)`)));
  }
  if (n > COLLAPSED) {
    buttons.push(el('button', {
      type: 'button', class: 'more fewer', 'aria-controls': list.id, 'data-key': `fewer:${f.key}`,
      onclick: () => navigate(showing(f, COLLAPSED), { replace: true }),
    }, 'Show fewer'));
  }
  return buttons.length ? el('p', { class: 'more-buttons' }, ...buttons) : null;
}

async function facetSection(f, top, p, known, note) {
  const n = shownCount(p, f);
  const { values, distinct } = await valuesFor(f, top, p, n, known);
  const listed = values.slice(0, n);
  const visible = withSelections(f, listed, p);
  const list = el('ul', { class: 'values', id: `values-${f.key}` }, ...visible.map((v) => valueItem(f, v, p)));
  const restore = () => list.replaceChildren(...visible.map((v) => valueItem(f, v, p)));
  return el('section', { class: 'facet', 'aria-labelledby': `facet-${f.key}` },
    el('h2', { id: `facet-${f.key}` }, f.label), facetInfo(f),
    note ? el('p', { class: 'facet-note' }, note) : null,
    visible.length >= COLLAPSED ? searchBox(f, list, p, restore) : null,
    list, moreButtons(f, list, n, listed.length, distinct, values.length > n));
}

export async function renderFacets(container, data, p) {
  const sections = (await Promise.all(FACETS.map((f) => {
    const values = data.facets?.[f.key] || [];
    if (!values.length && !p.getAll(f.param).length && !p.getAll(`-${f.param}`).length) return null;
    return facetSection(f, values, p, data.facetDistinct?.[f.key], englishOnlyNote(f, data));
  }))).filter(Boolean);
  container.replaceChildren(el('h2', { class: 'visually-hidden' }, 'Filters'),
    ...(sections.length ? sections : [el('p', { class: 'status' }, 'No filters for these results.')]));
}
