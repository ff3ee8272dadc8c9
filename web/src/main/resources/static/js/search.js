import { abbreviate, el } from './dom.js';
import { ApiError, explain, getJson } from './http.js';
import { rememberSearch } from './links.js';
import { renderFacets } from './facets.js';
import { renderHistogram } from './histogram.js';
import { emptyState, pageLink, renderHits, renderPager, summary } from './results.js';
import { renderExport } from './exporter.js';
import { attachSuggest } from './suggest.js';
import { attachUploader } from './uploader.js';
import { attachCollections } from './collections.js';
import { renderWords } from './words.js';
import { renderNetwork } from './network.js';
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
      type: 'button', class: 'crumb', 'data-key': `crumb:${c.label}`, 'aria-label': `Remove ${c.label}`, title: c.label,
      onclick: () => navigate(edit((x) => c.remove(x))),
    }, el('span', { class: 'crumb-label' }, c.label), el('span', { 'aria-hidden': 'true' }, ' ✕'))))));
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

/** Removes what the last good answer left on the page, so it cannot pass for the answer to this request. */
function clearView() {
  for (const id of ['hits', 'pager', 'facets']) $(id).replaceChildren();
  for (const id of ['histogram', 'export', 'words']) { $(id).replaceChildren(); $(id).hidden = true; }
  $('network').hidden = true;
}

/**
 * For a page past the end of the results, the last page there is (the same search asked for its
 * first page tells how many there are); null when the page was not the problem.
 */
async function lastPage(p, signal) {
  const page = Number(p.get('page'));
  if (!(page > 1)) return null;
  const params = apiParams(p);
  params.delete('page');
  try {
    const first = await getJson('/api/search', params, { signal });
    const last = Math.max(1, Math.min(Math.ceil(first.total / first.size), Math.floor(10000 / first.size)));
    return page > last ? last : null;
  } catch {
    return null;
  }
}

/**
 * What the user can do about a failed request. Sending a rejected request again gets the same
 * answer, so a 400 offers a change instead of "Try again" (for reversed dates: swap or drop them).
 */
function remedies(p, e) {
  if (e.status !== 400) return [el('button', { type: 'button', class: 'link-button', onclick: render }, 'Try again')];
  const from = p.get('from');
  const to = p.get('to');
  if (!from || !to || !/after/.test(e.message)) return [];
  return [
    el('button', { type: 'button', class: 'link-button', onclick: () => navigate(edit((x) => { x.set('from', to); x.set('to', from); })) },
      `Search from ${to} to ${from} instead`), ' or ',
    el('button', { type: 'button', class: 'link-button', onclick: () => navigate(edit((x) => { x.delete('from'); x.delete('to'); })) },
      'remove the date filter')];
}

/** After a page change, focus and view go to the first result of the new page (not the top of the page). */
let toFirstResult = false;
function moveToFirstResult() {
  if (!toFirstResult) return;
  toFirstResult = false;
  const first = document.querySelector('#hits .hit h3 a');
  if (!first) return;
  first.focus({ preventScroll: true });
  first.closest('.hit').scrollIntoView({ block: 'start' });
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
    // User Timing marks (the browser's performance panel shows them): the first results of a visit.
    if (!performance.getEntriesByName('facetwire:first-results').length) performance.mark('facetwire:first-results');
    renderPager($('pager'), data);
    renderHistogram($('histogram'), data, p);
    renderWords($('words'), p, data.total);
    renderNetwork($('network'), p, data.total);
    await Promise.all([renderFacets($('facets'), data, p), renderExport($('export'), p, data.total)]);
    document.title = `${p.get('q') ? `${abbreviate(p.get('q'), 80)} · ` : ''}Facetwire`;
    performance.measure('facetwire:render', { start: started });
    rememberSearch();
    restoreFocus(key);
    moveToFirstResult();
  } catch (e) {
    if (e.name === 'AbortError' || controller.signal.aborted) return;
    toFirstResult = false;
    clearView();
    const err = e instanceof ApiError ? e : new ApiError(0, e.message);
    const last = err.status === 400 ? await lastPage(p, controller.signal) : null;
    if (controller.signal.aborted) return;
    if (last) setStatus(el('p', {}, `There is no page ${p.get('page')} of these results; the last page is ${last}. `,
      pageLink(last, `Go to page ${last}`, false, { class: null })));
    else setStatus([explain(err, 'the results'), ' ', ...remedies(p, err)], 'error');
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
$('search-form').addEventListener('submit', (e) => { e.preventDefault(); suggest.close(); submitSearch(); });
$('sort').addEventListener('change', () => navigate(edit((p) => p.set('sort', $('sort').value === 'relevance' ? '' : $('sort').value))));
$('group').addEventListener('change', () => navigate(edit((p) => ($('group').checked ? p.delete('group') : p.set('group', 'off')))));
const suggest = attachSuggest($('q'), (s) => {
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
  toFirstResult = a.hasAttribute('data-to-results');
  navigate(new URL(a.href).searchParams);
});
attachUploader($('add-articles'));
attachCollections($('collections'));
listen(render);
render();
