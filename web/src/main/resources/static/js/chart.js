import { el, fmt } from './dom.js';
import { DATE_KEYS } from './state.js';

// Date buckets as the API sends them: a key (2024, 2024-03, 2024-03-05, or a week as 2024-W10) with
// the first and last day it covers (start and end, both included), every period present, so this page
// places, labels and filters them without date arithmetic of its own; and the SVG bar chart shared by
// the search page's histogram and the person/topic timelines. Which key is which is told by the
// formats GET /api/facets serves (DATE_KEYS), as the schema defines them.

/** Whether a value is a key of the interval's buckets. */
const isKey = (interval, value) => new RegExp(DATE_KEYS[interval] || '$^').test(value);

const pad = (n) => String(n).padStart(2, '0');

/** First and last day (YYYY-MM-DD) of a from/to parameter value: a day, a month or a year, as the API takes them. */
export function dayRange(value) {
  if (isKey('year', value)) return [`${value}-01-01`, `${value}-12-31`];
  if (isKey('month', value)) {
    const [y, m] = value.split('-').map(Number);
    return [`${value}-01`, `${value}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`];
  }
  const day = value.slice(0, 10);
  return [day, day];
}

/** The from/to parameters that cover buckets i..j: whole buckets, written as compactly as the API accepts. */
export function rangeParams(buckets, i, j, interval) {
  const [a, b] = [buckets[Math.min(i, j)], buckets[Math.max(i, j)]];
  const compact = interval === 'month' || interval === 'year';
  return { from: compact || !a.start ? a.value : a.start, to: compact || !b.end ? b.value : b.end };
}

/** Whether a bucket overlaps the from/to filter. */
export function inRange(bucket, from, to) {
  if ((!from && !to) || !bucket.start || !bucket.end) return false;
  const lo = from ? dayRange(from)[0] : '0000';
  const hi = to ? dayRange(to)[1] : '9999';
  return bucket.end >= lo && bucket.start <= hi;
}

export const WIDTH = 600;
export const HEIGHT = 120;

/**
 * Bars with the first and last bucket labelled; each bar has a tooltip. The picture is for sighted
 * users: pages pair it with a table. Returns a box holding the SVG and its labels.
 */
export function barChart(buckets, { label, isSelected = () => false }) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const w = WIDTH / Math.max(1, buckets.length);
  const gap = Math.min(2, w / 4);
  const plot = HEIGHT;
  const bars = buckets.map((b, i) => {
    const h = Math.max(b.count ? 2 : 0, (plot - 4) * (b.count / max));
    return el('svg:rect', {
      x: (i * w + gap / 2).toFixed(2), y: (plot - h).toFixed(2), width: Math.max(1, w - gap).toFixed(2), height: h.toFixed(2),
      class: isSelected(b) ? 'bar selected' : 'bar', 'data-index': i,
    }, el('svg:title', {}, `${b.value}: ${fmt.format(b.count)}`));
  });
  const first = buckets[0]?.value || '';
  const last = buckets[buckets.length - 1]?.value || '';
  const svg = el('svg:svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart', role: 'img', preserveAspectRatio: 'none',
    'aria-label': `${label}, ${first} to ${last}. The table below has the numbers.`,
  }, el('svg:line', { x1: 0, x2: WIDTH, y1: HEIGHT - 0.5, y2: HEIGHT - 0.5, class: 'axis' }), ...bars);
  // Labels live outside the stretched SVG so they keep their shape at any width.
  return el('div', { class: 'chart-box' }, svg,
    el('div', { class: 'ticks', 'aria-hidden': 'true' }, el('span', {}, first), buckets.length > 1 ? el('span', {}, last) : null));
}

/** A table alternative to a chart: one row per bucket; cell(bucket) adds an action column. */
export function bucketTable(buckets, { caption, cell, unit = 'Articles' }) {
  return el('table', { class: 'buckets' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Period'), el('th', { scope: 'col' }, unit),
      cell ? el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Action')) : null)),
    el('tbody', {}, ...buckets.map((b) => el('tr', {},
      el('th', { scope: 'row' }, b.value), el('td', {}, fmt.format(b.count)), cell ? el('td', {}, cell(b)) : null))));
}
