import { el, fmt } from './dom.js';

// The attention and compare views' shared parts: an SVG chart of one or more series over the same
// buckets (lines, or bars for a single series), its legend, a table alternative and the CSV of the
// series, made in the browser from the JSON the page already has.

export const WIDTH = 600;
export const HEIGHT = 200;
export const MAX_SERIES = 6;

/** The value a bucket shows: its count, or its share of all coverage (a fraction) when normalized. */
export function valueOf(bucket, share) {
  return share ? bucket.share ?? 0 : bucket.count;
}

export function formatValue(v, share) {
  return share ? `${(100 * v).toFixed(v && v < 0.001 ? 3 : 1)}%` : fmt.format(v);
}

/**
 * One line per series (or bars for a single series when bars is set), y from 0 to the largest
 * value, the first and last period and the largest value labelled. The picture is for sighted
 * users: the page pairs it with a table.
 */
export function seriesChart(series, { share, bars, label }) {
  const buckets = series[0]?.buckets || [];
  const n = buckets.length;
  const max = Math.max(share ? 1e-9 : 1, ...series.flatMap((s) => s.buckets.map((b) => valueOf(b, share))));
  const y = (v) => (HEIGHT - 4 - (HEIGHT - 8) * (v / max)).toFixed(2);
  const step = WIDTH / Math.max(1, n);
  const x = (i) => (step * (i + 0.5)).toFixed(2);
  const marks = [];
  if (bars && series.length === 1) {
    const gap = Math.min(2, step / 4);
    series[0].buckets.forEach((b, i) => {
      const v = valueOf(b, share);
      const h = Math.max(v ? 2 : 0, (HEIGHT - 8) * (v / max));
      marks.push(el('svg:rect', { x: (i * step + gap / 2).toFixed(2), y: (HEIGHT - 4 - h).toFixed(2), width: Math.max(1, step - gap).toFixed(2),
        height: h.toFixed(2), class: 'bar s0' }, el('svg:title', {}, `${b.key}: ${formatValue(v, share)}`)));
    });
  } else {
    series.forEach((s, k) => {
      const points = s.buckets.map((b, i) => `${x(i)},${y(valueOf(b, share))}`).join(' ');
      marks.push(el('svg:polyline', { points: n === 1 ? `0,${y(valueOf(s.buckets[0], share))} ${WIDTH},${y(valueOf(s.buckets[0], share))}` : points,
        class: `line s${k}`, 'data-series': k }, el('svg:title', {}, s.label)));
    });
  }
  const svg = el('svg:svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart series-chart', role: 'img', preserveAspectRatio: 'none',
    'aria-label': `${label}, ${buckets[0]?.key || ''} to ${buckets[n - 1]?.key || ''}. The table below has the numbers.`,
  }, el('svg:line', { x1: 0, x2: WIDTH, y1: HEIGHT - 3.5, y2: HEIGHT - 3.5, class: 'axis' }), ...marks);
  return el('div', { class: 'chart-box' },
    el('div', { class: 'ticks y-max', 'aria-hidden': 'true' }, el('span', {}, formatValue(max, share))),
    svg,
    el('div', { class: 'ticks', 'aria-hidden': 'true' }, el('span', {}, buckets[0]?.key || ''), n > 1 ? el('span', {}, buckets[n - 1].key) : null));
}

/** The legend: each series' swatch (colour and dash, so it reads without colour too), label and total. */
export function legend(series, counting) {
  return el('ul', { class: 'legend' }, ...series.map((s, k) => el('li', {},
    el('svg:svg', { class: 'swatch', viewBox: '0 0 24 8', width: 24, height: 8, 'aria-hidden': 'true' },
      el('svg:line', { x1: 0, x2: 24, y1: 4, y2: 4, class: `line s${k}` })),
    el('span', { class: 'name' }, s.label), ' ',
    el('span', { class: 'count' }, `${fmt.format(s.total)} ${counting}`))));
}

/** The table alternative: one row per period, a column per series (and base and share when normalized). */
export function seriesTable(series, { share, unit, caption }) {
  const single = series.length === 1;
  const head = ['Period'];
  for (const s of series) head.push(single ? unit : s.label);
  if (share) {
    head.push(`All coverage (${unit.toLowerCase()})`);
    for (const s of series) head.push(single ? 'Share' : `Share: ${s.label}`);
  }
  const rows = (series[0]?.buckets || []).map((b, i) => {
    const cells = series.map((s) => fmt.format(s.buckets[i].count));
    if (share) {
      cells.push(fmt.format(b.base ?? 0));
      for (const s of series) cells.push(s.buckets[i].share == null ? '–' : formatValue(s.buckets[i].share, true));
    }
    return el('tr', {}, el('th', { scope: 'row' }, b.key), ...cells.map((c) => el('td', {}, c)));
  });
  return el('table', { class: 'buckets series-table' }, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows));
}

/** The series as CSV: one row per series and period, the numbers as the API gave them. */
export function seriesCsv(series, { interval, counting }) {
  const quote = (v) => {
    if (v === null || v === undefined) return '';
    const text = String(v);
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text; // no formulas in a spreadsheet, as the export does
    return safe !== text || /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [['series', 'q', 'period', 'start', 'interval', 'counting', 'count', 'base', 'share'].join(',')];
  for (const s of series) {
    for (const b of s.buckets) lines.push([s.label, s.q, b.key, b.start, interval, counting, b.count, b.base, b.share].map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A download link for the CSV; the file is made when clicked, from the answer on the page. */
export function csvLink(id, filename, csv) {
  const a = el('a', { class: 'button', id, href: '#', download: filename }, 'Download CSV');
  a.addEventListener('click', () => {
    if (a.href.startsWith('blob:')) URL.revokeObjectURL(a.href);
    a.href = URL.createObjectURL(new Blob([csv()], { type: 'text/csv;charset=utf-8' }));
  });
  return a;
}

/**
 * The API parameters for a page's URL: the shared search parameters as they are, the page-only ones
 * left out, and the unit: stories unless the URL says group=off, as on the search page.
 */
export function apiParamsOf(p, pageOnly) {
  const out = new URLSearchParams();
  // Empty labels stay: a label belongs to the q at its position.
  for (const [k, v] of p.entries()) if (!pageOnly.includes(k) && k !== 'group' && (v !== '' || k === 'label')) out.append(k, v);
  out.set('count', p.get('group') === 'off' ? 'articles' : 'stories');
  return out;
}

/** Parameters that shape only these pages, never sent to the API. */
export const PAGE_ONLY = ['chart', 'more', 'page', 'size', 'sort'];

/** Goes to a changed copy of the page's URL (a new history entry) and calls render. */
export function go(change, render) {
  const p = new URLSearchParams(location.search);
  change(p);
  const s = p.toString();
  history.pushState(null, '', `${location.pathname}${s ? `?${s}` : ''}`);
  render();
}

/**
 * The view's settings as ordinary form controls (keyboard-usable as they are): count or share of
 * coverage, stories or articles, interval, lines or bars. Each change is a new URL.
 */
export function viewControls(form, p, render, { bars = true } = {}) {
  const share = p.get('normalize') === 'share';
  const radio = (name, value, checked, text, apply) => el('label', { class: 'check' },
    el('input', { type: 'radio', name, value, checked, onchange: () => go(apply, render) }), ` ${text}`);
  const interval = el('select', { id: 'interval', onchange: () => go((x) => (interval.value === 'auto' ? x.delete('interval') : x.set('interval', interval.value)), render) },
    ...['auto', 'day', 'week', 'month', 'year'].map((v) => el('option', { value: v, selected: (p.get('interval') || 'auto') === v }, v === 'auto' ? 'Automatic' : `By ${v}`)));
  form.replaceChildren(...[
    el('fieldset', {}, el('legend', {}, 'Show'),
      radio('normalize', 'none', !share, 'Count', (x) => x.delete('normalize')),
      radio('normalize', 'share', share, 'Share of all coverage', (x) => x.set('normalize', 'share'))),
    bars ? el('fieldset', {}, el('legend', {}, 'Chart'),
      radio('chart', 'line', p.get('chart') !== 'bar', 'Line', (x) => x.delete('chart')),
      radio('chart', 'bar', p.get('chart') === 'bar', 'Bars', (x) => x.set('chart', 'bar'))) : null,
    el('label', { class: 'check' }, el('input', { type: 'checkbox', id: 'group', checked: p.get('group') !== 'off',
      onchange: (e) => go((x) => (e.target.checked ? x.delete('group') : x.set('group', 'off')), render) }), ' Group copies of a story'),
    el('span', { class: 'check' }, el('label', { for: 'interval' }, 'Periods'), interval)].filter(Boolean));
}

/** "base" explained once, where the share is shown. */
export function shareHint(counting) {
  return el('p', { class: 'hint' }, `Share: the matching ${counting} of a period divided by all ${counting} of that period `
    + 'from the same outlets (the query and the other filters left out).');
}
