import { el, fmt } from './dom.js';
import { DATE_KEYS } from './state.js';

// Date buckets as the API names them (2024, 2024-03, 2024-03-05, or a week as its Monday or 2024-W10)
// and the SVG bar chart shared by the search page's histogram and the person/topic timelines. Which
// key is which is told by the formats GET /api/facets serves (DATE_KEYS), as the schema defines them.

/** Whether a value is a key of the interval's buckets. */
const isKey = (interval, value) => new RegExp(DATE_KEYS[interval] || '$^').test(value);

const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
/** The ISO week key (2024-W01) of a UTC day: the week belongs to the year of its Thursday. */
const isoWeek = (d) => {
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 864e5);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return `${thursday.getUTCFullYear()}-W${pad(1 + Math.floor((thursday.getTime() - jan1) / (7 * 864e5)))}`;
};

/** First and last day (YYYY-MM-DD) of a bucket or of a from/to parameter value. */
export function dayRange(value, interval) {
  let m;
  if (isKey('year', value)) return [`${value}-01-01`, `${value}-12-31`];
  if (isKey('month', value)) {
    m = value.split('-');
    const last = new Date(Date.UTC(+m[0], +m[1], 0)).getUTCDate();
    return [`${value}-01`, `${value}-${pad(last)}`];
  }
  if (isKey('week', value)) {
    m = value.split('-W');
    const jan4 = new Date(Date.UTC(+m[0], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[1] - 1) * 7 * 864e5);
    return [iso(monday), iso(new Date(monday.getTime() + 6 * 864e5))];
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const day = value.slice(0, 10);
    if (interval !== 'week') return [day, day];
    return [day, iso(new Date(Date.parse(`${day}T00:00:00Z`) + 6 * 864e5))];
  }
  return [value, value];
}

/** The from/to parameters that cover buckets i..j: whole buckets, written as compactly as the API accepts. */
export function rangeParams(buckets, i, j, interval) {
  const [a, b] = [Math.min(i, j), Math.max(i, j)];
  const compact = interval === 'month' || interval === 'year';
  return {
    from: compact ? buckets[a].value : dayRange(buckets[a].value, interval)[0],
    to: compact ? buckets[b].value : dayRange(buckets[b].value, interval)[1],
  };
}

/** Whether a bucket overlaps the from/to filter. */
export function inRange(bucket, interval, from, to) {
  if (!from && !to) return false;
  const [start, end] = dayRange(bucket.value, interval);
  const lo = from ? dayRange(from)[0] : '0000';
  const hi = to ? dayRange(to)[1] : '9999';
  return end >= lo && start <= hi;
}

/**
 * A time axis needs the empty periods too, or a gap of a year would look like a month. The API
 * fills them (falling back to a coarser interval rather than sending too many); this fills what an
 * older server left out, up to about as many buckets as the API sends at most.
 */
export function fillGaps(buckets, interval) {
  if (buckets.length < 2) return buckets;
  const sorted = [...buckets].sort((a, b) => (a.value < b.value ? -1 : 1));
  const byValue = new Map(sorted.map((b) => [b.value, b]));
  const first = sorted[0].value;
  const last = sorted[sorted.length - 1].value;
  const out = [];
  const push = (v) => out.push(byValue.get(v) || { value: v, count: 0 });
  if (isKey('year', first) && isKey('year', last)) {
    for (let y = +first; y <= +last && out.length < 500; y++) push(String(y));
  } else if (isKey('month', first) && isKey('month', last)) {
    let [y, m] = first.split('-').map(Number);
    for (let v = first; v <= last && out.length < 600; v = `${y}-${pad(m)}`) {
      push(v);
      if (++m > 12) { m = 1; y++; }
    }
  } else if (isKey('day', first) && isKey('day', last)) {
    const step = interval === 'week' ? 7 : 1;
    const days = (Date.parse(last) - Date.parse(first)) / 864e5;
    if (days / step > 1000) return sorted;
    for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += step * 864e5) push(iso(new Date(t)));
  } else if (isKey('week', first) && isKey('week', last)) {
    const monday = (w) => Date.parse(`${dayRange(w)[0]}T00:00:00Z`);
    const key = (t) => isoWeek(new Date(t));
    if ((monday(last) - monday(first)) / (7 * 864e5) > 1000) return sorted;
    for (let t = monday(first); t <= monday(last); t += 7 * 864e5) push(key(t));
  } else {
    return sorted;
  }
  return out;
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
