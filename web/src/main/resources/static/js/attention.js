import './page.js';
import { el } from './dom.js';
import { ApiError, explain, getJson } from './http.js';
import { searchHref } from './links.js';
import { PAGE_ONLY, apiParamsOf, csvLink, seriesChart, seriesCsv, seriesTable, shareHint, viewControls } from './lines.js';
import { counted } from './results.js';
import { activeFilters } from './state.js';

// The attention view of a search: how many matches (or what share of all coverage) each period
// has, as a chart, a table and a CSV. The URL holds the search's own parameters plus the view's
// settings, so the view can be shared and the search page's links lead straight here.

const $ = (id) => document.getElementById(id);
let inFlight;

/** The search the view is of, in words, with links back to it and on to a comparison. */
function describe(p) {
  const search = new URLSearchParams(p);
  for (const k of ['normalize', 'chart', 'interval']) search.delete(k);
  const filters = activeFilters(p).filter((c) => c.param !== 'q').map((c) => c.label);
  const compare = new URLSearchParams(search);
  if (!compare.get('q')) compare.delete('q');
  $('back').href = `/?${search}`;
  $('scope').replaceChildren(p.get('q') ? `Matches of “${p.get('q')}”` : 'Everything',
    filters.length ? `, ${filters.join('; ')}` : '', '. ',
    el('a', { href: `/compare.html?${compare}`, id: 'to-compare' }, 'Compare with other queries'));
}

async function render() {
  const p = new URLSearchParams(location.search);
  const share = p.get('normalize') === 'share';
  describe(p);
  viewControls($('controls'), p, render);
  const area = $('chart-area');
  area.setAttribute('aria-busy', 'true');
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  try {
    const t = await getJson('/api/timeline', apiParamsOf(p, PAGE_ONLY), { signal: controller.signal });
    const unit = t.counting === 'stories' ? 'Stories' : 'Articles';
    const series = [{ q: t.query, label: t.query || 'All articles', total: t.total, buckets: t.buckets }];
    const what = share ? `Share of all coverage per ${t.interval}` : `${unit} per ${t.interval}`;
    area.replaceChildren(...[
      el('p', { id: 'timeline-total', role: 'status' }, `${counted(t.total, t.counting)} in all`,
        t.undated ? `, ${counted(t.undated, t.counting)} without a date (not in the chart)` : '', '.'),
      t.buckets.length ? seriesChart(series, { share, bars: p.get('chart') === 'bar', label: what })
        : el('p', {}, 'No dated article matches. ', el('a', { href: searchHref({}) }, 'Start a new search')),
      share ? shareHint(t.counting) : null,
      el('details', { class: 'table-alt' }, el('summary', {}, 'Show as a table'), seriesTable(series, { share, unit, caption: what })),
      el('p', {}, csvLink('timeline-csv', 'attention.csv', () => seriesCsv(series, t)))].filter(Boolean));
  } catch (e) {
    if (e.name === 'AbortError') return;
    area.replaceChildren(el('p', { class: 'status error', role: 'alert' }, explain(e instanceof ApiError ? e : new ApiError(0, e.message), 'the timeline')));
  } finally {
    if (inFlight === controller) area.removeAttribute('aria-busy');
    document.getElementById('view').removeAttribute('aria-busy');
  }
}

window.addEventListener('popstate', render);
render();
