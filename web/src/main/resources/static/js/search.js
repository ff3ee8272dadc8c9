import { ApiError, el, explain, getJson, rememberSearch } from './api.js';
import { renderFacets } from './facets.js';
import { renderHistogram } from './histogram.js';
import { emptyState, renderHits, renderPager, summary } from './results.js';
import { renderExport } from './exporter.js';
import { attachSuggest } from './suggest.js';
import { FACETS, activeFilters, apiParams, current, edit, grouped, listen, navigate, setValueState } from './state.js';

// The search page: reads the URL, asks /api/search, renders every part from the one answer.

const $ = (id) => document.getElementById(id);
let inFlight;

function renderCrumbs(p) {
  const crumbs = activeFilters(p);
  const filters = crumbs.filter((c) => c.param !== 'q').length;
  $('filters-toggle').textContent = filters ? `Filters (${filters} active)` : 'Filters';
  const box = $('active-filters');
  if (!crumbs.length) { box.replaceChildren(); box.hidden = true; return; }
  box.hidden = false;
  box.replaceChildren(el('h2', { class: 'visually-hidden' }, 'Active filters'),
    el('ul', {}, ...crumbs.map((c) => el('li', {}, el('button', {
      type: 'button', class: 'crumb', 'data-key': `crumb:${c.label}`, 'aria-label': `Remove ${c.label}`,
      onclick: () => navigate(edit((x) => c.remove(x))),
    }, c.label, el('span', { 'aria-hidden': 'true' }, ' ✕'))))));
  if (crumbs.length > 1) box.append(el('button', {
      type: 'button', class: 'clear-all', onclick: () => navigate(new URLSearchParams(p.get('sort') ? { sort: p.get('sort') } : {})),
    }, 'Clear all'));
}

/** Re-rendering replaces nodes; put keyboard focus back on the control the user was on. */
function focusKey() {
  return document.activeElement?.dataset?.key;
}
function restoreFocus(key) {
  if (!key) return;
  const target = [...document.querySelectorAll('[data-key]')].find((n) => n.dataset.key === key);
  if (target) target.focus();
}

function setStatus(text, kind) {
  const s = $('status');
  s.className = `status ${kind || ''}`;
  s.replaceChildren(...[].concat(text));
}

async function render() {
  const p = current();
  const key = focusKey();
  $('q').value = p.get('q') || '';
  $('sort').value = p.get('sort') || 'relevance';
  $('group').checked = grouped(p);
  renderCrumbs(p);
  const results = $('results');
  results.setAttribute('aria-busy', 'true');
  results.classList.add('loading');
  setStatus('Searching…', 'loading');
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const started = performance.now();
  const slow = setTimeout(() => setStatus('Still searching… large result sets can take a few seconds.', 'loading'), 2500);
  try {
    const data = await getJson('/api/search', apiParams(p), { signal: controller.signal });
    if (controller.signal.aborted) return;
    setStatus(summary(data));
    if (data.total === 0) $('hits').replaceChildren(el('li', { class: 'empty-item' }, emptyState(data, p)));
    else renderHits($('hits'), data, p);
    document.body.dataset.firstResultsMs ??= String(Math.round(performance.now()));
    renderPager($('pager'), data);
    renderHistogram($('histogram'), data, p);
    await Promise.all([renderFacets($('facets'), data, p), renderExport($('export'), p, data.total)]);
    document.title = `${p.get('q') ? `${p.get('q')} · ` : ''}Facetwire`;
    document.body.dataset.renderedMs = String(Math.round(performance.now() - started));
    rememberSearch();
    document.body.dataset.state = `${location.search}`;
    restoreFocus(key);
  } catch (e) {
    if (e.name === 'AbortError') return;
    $('hits').replaceChildren();
    $('pager').replaceChildren();
    setStatus([explain(e instanceof ApiError ? e : new ApiError(0, e.message), 'the results'), ' ',
      el('button', { type: 'button', class: 'link-button', onclick: render }, 'Try again')], 'error');
    document.body.dataset.state = `error:${location.search}`;
  } finally {
    clearTimeout(slow);
    if (inFlight === controller) {
      results.removeAttribute('aria-busy');
      results.classList.remove('loading');
    }
  }
}

function submitSearch() {
  navigate(edit((p) => {
    p.set('q', $('q').value.trim());
    p.set('sort', $('sort').value === 'relevance' ? '' : $('sort').value);
  }));
}

// At phone width the sidebar folds away behind a button; on wider screens the button is hidden.
$('filters-toggle').addEventListener('click', () => {
  const open = $('facets').classList.toggle('open');
  $('filters-toggle').setAttribute('aria-expanded', String(open));
});
$('search-form').addEventListener('submit', (e) => { e.preventDefault(); submitSearch(); });
$('sort').addEventListener('change', () => navigate(edit((p) => p.set('sort', $('sort').value === 'relevance' ? '' : $('sort').value))));
$('group').addEventListener('change', () => navigate(edit((p) => ($('group').checked ? p.delete('group') : p.set('group', 'off')))));
attachSuggest($('q'), (s) => {
  const facet = FACETS.find((f) => f.entity === s.type || f.param === s.type);
  if (facet) {
    $('q').value = current().get('q') || '';
    navigate(edit((p) => setValueState(p, facet.param, s.value, 'include')));
  } else {
    $('q').value = s.type === 'title' ? `"${s.value}"` : s.value;
    submitSearch();
  }
});
// In-page links (pager, "did you mean") change the state without reloading the page.
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav]');
  if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(new URL(a.href).searchParams);
  if (a.classList.contains('page')) $('results').focus();
});
listen(render);
render();
