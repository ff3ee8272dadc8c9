import './page.js';
import { el, fmt } from './dom.js';
import { ApiError, explain, getJson } from './http.js';
import { MAX_SERIES, PAGE_ONLY, apiParamsOf, csvLink, legend, seriesChart, seriesCsv, seriesTable, shareHint, viewControls } from './lines.js';
import { activeFilters } from './state.js';

// Compare view: up to six queries under the search's filters, one line each on the same periods,
// with a legend, how many matches each pair shares, a table and a CSV. The queries and their labels
// are the URL's repeated q and label parameters (as /api/compare takes them), so a comparison is a link.

const $ = (id) => document.getElementById(id);
let inFlight;

/** The rows of the query editor from the URL: each q with the label at its position. */
function rows(p) {
  const qs = p.getAll('q');
  const labels = p.getAll('label');
  const out = qs.map((q, i) => ({ q, label: labels[i] || '' }));
  while (out.length < 2) out.push({ q: '', label: '' });
  return out;
}

function row(r, i, count) {
  return el('li', { class: 'query-row' },
    el('label', { for: `cq-${i}` }, `Query ${i + 1}`),
    el('input', { id: `cq-${i}`, type: 'search', class: 'cq', maxlength: 1000, value: r.q, autocomplete: 'off', spellcheck: 'false' }),
    el('label', { for: `cl-${i}` }, 'Label'),
    el('input', { id: `cl-${i}`, type: 'text', class: 'cl', maxlength: 100, value: r.label, placeholder: 'the query', autocomplete: 'off' }),
    count > 2 ? el('button', { type: 'button', class: 'link-button', 'aria-label': `Remove query ${i + 1}`, onclick: () => editRows((all) => all.splice(i, 1)) }, 'Remove') : null);
}

/** The editor's rows as typed (not yet compared). */
function typed() {
  return [...document.querySelectorAll('.query-row')].map((li) => ({ q: li.querySelector('.cq').value.trim(), label: li.querySelector('.cl').value.trim() }));
}

function drawEditor(list) {
  const form = $('queries');
  const focusAt = document.activeElement?.id;
  form.replaceChildren(
    el('ol', { class: 'query-rows' }, ...list.map((r, i) => row(r, i, list.length))),
    el('p', { class: 'editor-actions' },
      el('button', { type: 'button', id: 'add-query', disabled: list.length >= MAX_SERIES, onclick: () => editRows((all) => all.push({ q: '', label: '' })) },
        list.length >= MAX_SERIES ? `At most ${MAX_SERIES} queries` : 'Add a query'),
      ' ', el('button', { type: 'submit', id: 'compare' }, 'Compare')));
  if (focusAt && $(focusAt)) $(focusAt).focus();
}

function editRows(change) {
  const list = typed();
  change(list);
  drawEditor(list);
  const last = document.querySelectorAll('.cq');
  last[last.length - 1]?.focus();
}

/** Compare the typed queries: a new URL with one q (and label) per non-empty row, filters kept. */
function submit(e) {
  e.preventDefault();
  const list = typed().filter((r) => r.q);
  const p = new URLSearchParams(location.search);
  p.delete('q');
  p.delete('label');
  for (const r of list) { p.append('q', r.q); p.append('label', r.label); }
  history.pushState(null, '', `${location.pathname}?${p}`);
  render();
}

function overlapList(c) {
  const pairs = Object.entries(c.overlap || {});
  if (!pairs.length) return null;
  return el('section', { class: 'panel', 'aria-labelledby': 'overlap-title' }, el('h2', { id: 'overlap-title' }, 'Overlap'),
    el('p', { class: 'hint' }, `How many ${c.counting} match both queries of a pair.`),
    el('ul', { class: 'overlap', id: 'overlap' }, ...pairs.map(([pair, n]) => el('li', {}, el('span', { class: 'name' }, pair.replace('&', ' & ')), ': ',
      el('span', { class: 'count' }, fmt.format(n))))));
}

async function render() {
  const p = new URLSearchParams(location.search);
  const share = p.get('normalize') === 'share';
  const filters = activeFilters(p).filter((c) => c.param !== 'q').map((c) => c.label);
  $('scope').replaceChildren(filters.length ? `Every query under the search's filters: ${filters.join('; ')}.` : 'Every query over all articles.');
  const back = new URLSearchParams(p);
  for (const k of ['label', 'normalize', 'chart', 'interval']) back.delete(k);
  const qs = back.getAll('q');
  back.delete('q');
  if (qs[0]) back.set('q', qs[0]);
  $('back').href = `/?${back}`;
  viewControls($('controls'), p, render, { bars: false });
  drawEditor(rows(p));
  const area = $('chart-area');
  if (p.getAll('q').filter((q) => q.trim()).length < 2) {
    area.replaceChildren(el('p', { class: 'hint', id: 'compare-hint' }, 'Type two to six queries and press Compare.'));
    document.getElementById('view').removeAttribute('aria-busy');
    return;
  }
  area.setAttribute('aria-busy', 'true');
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  try {
    const c = await getJson('/api/compare', apiParamsOf(p, PAGE_ONLY), { signal: controller.signal });
    const unit = c.counting === 'stories' ? 'Stories' : 'Articles';
    const what = share ? `Share of all coverage per ${c.interval}` : `${unit} per ${c.interval}`;
    area.replaceChildren(...[
      el('h2', { class: 'visually-hidden' }, 'Chart'),
      legend(c.series, c.counting),
      c.series[0].buckets.length ? seriesChart(c.series, { share, label: `${what}: ${c.series.map((s) => s.label).join(', ')}` })
        : el('p', {}, 'No dated article matches these queries.'),
      share ? shareHint(c.counting) : null,
      el('details', { class: 'table-alt' }, el('summary', {}, 'Show as a table'), seriesTable(c.series, { share, unit, caption: what })),
      el('p', {}, csvLink('compare-csv', 'compare.csv', () => seriesCsv(c.series, c))),
      overlapList(c)].filter(Boolean));
  } catch (e) {
    if (e.name === 'AbortError') return;
    area.replaceChildren(el('p', { class: 'status error', role: 'alert' }, explain(e instanceof ApiError ? e : new ApiError(0, e.message), 'the comparison')));
  } finally {
    if (inFlight === controller) area.removeAttribute('aria-busy');
    document.getElementById('view').removeAttribute('aria-busy');
  }
}

$('queries').addEventListener('submit', submit);
window.addEventListener('popstate', render);
render();
