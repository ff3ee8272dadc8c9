import { el } from './dom.js';
import { barChart, bucketTable, dayRange, inRange, rangeParams } from './chart.js';
import { counted } from './results.js';
import { edit, navigate } from './state.js';

// The date histogram: drag across the bars to filter a range; the table below does the same by keyboard.

function applyRange(from, to) {
  navigate(edit((p) => { p.set('from', from); p.set('to', to); }));
}

function clearRange() {
  navigate(edit((p) => { p.delete('from'); p.delete('to'); p.delete('undated'); }));
}

/**
 * Matches without a date have no bar: say how many there are and, when a date range leaves them
 * out, offer to let them in (undated=include).
 */
function undatedNote(data, p, ranged) {
  const n = data.undated || 0;
  const included = p.get('undated') === 'include';
  if (!n && !(ranged && included)) return null;
  const toggle = (label, on) => el('button', {
    type: 'button', class: 'link-button', id: 'undated-toggle', 'data-key': 'undated-toggle',
    onclick: () => navigate(edit((x) => (on ? x.set('undated', 'include') : x.delete('undated')))),
  }, label);
  const what = counted(n, data.counting);
  if (!ranged) return el('p', { class: 'hint', id: 'undated' }, `${what} undated (no bar).`);
  return included
    ? el('p', { class: 'hint', id: 'undated' }, `The results include ${what} without a date. `, toggle('Leave them out', false))
    : el('p', { class: 'hint', id: 'undated' }, `The date range leaves out ${what} without a date. `, toggle('Include them', true));
}

/** Lets a pointer drag select bars i..j; a click selects one bar. */
function brush(svg, buckets, interval) {
  const indexAt = (event) => {
    const box = svg.getBoundingClientRect();
    const x = Math.min(Math.max(event.clientX - box.left, 0), box.width - 1);
    return Math.floor((x / box.width) * buckets.length);
  };
  let start = null;
  const paint = (a, b) => {
    for (const r of svg.querySelectorAll('rect.bar')) {
      const i = Number(r.dataset.index);
      r.classList.toggle('brushing', i >= Math.min(a, b) && i <= Math.max(a, b));
    }
  };
  svg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    start = indexAt(e);
    svg.setPointerCapture(e.pointerId);
    paint(start, start);
    e.preventDefault();
  });
  svg.addEventListener('pointermove', (e) => { if (start !== null) paint(start, indexAt(e)); });
  svg.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const { from, to } = rangeParams(buckets, start, indexAt(e), interval);
    start = null;
    applyRange(from, to);
  });
  svg.addEventListener('pointercancel', () => { start = null; paint(-1, -1); });
}

/** Exact dates by keyboard or typing: the same from/to the brush sets. */
function rangeForm(from, to) {
  const input = (id, label, value) => [el('label', { for: id }, label),
    el('input', { type: 'date', id, value: value || null, 'data-key': id })];
  const form = el('form', { class: 'range-form', 'aria-label': 'Date range' },
    ...input('range-from', 'From', from && dayRange(from)[0]), ...input('range-to', 'To', to && dayRange(to)[1]), el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = form.querySelector('#range-from').value;
    const t = form.querySelector('#range-to').value;
    navigate(edit((p) => { p.set('from', f); p.set('to', t); }));
  });
  return form;
}

/** Bucket size; only offered when the server reports which one it used (it then accepts interval=). */
function intervalPicker(p, used) {
  const select = el('select', { id: 'interval', 'data-key': 'interval' },
    ...['auto', 'day', 'week', 'month', 'year'].map((v) => el('option', { value: v, selected: (p.get('interval') || 'auto') === v },
      v === 'auto' ? `Automatic (${used})` : `Per ${v}`)));
  select.addEventListener('change', () => navigate(edit((x) => (select.value === 'auto' ? x.delete('interval') : x.set('interval', select.value)), { keepPage: true })));
  return el('span', { class: 'interval' }, el('label', { for: 'interval' }, 'Bars'), ' ', select);
}

export function renderHistogram(container, data, p) {
  const raw = data.facets?.date || [];
  const from = p.get('from');
  const to = p.get('to');
  const unit = data.counting === 'stories' ? 'Stories' : 'Articles';
  if (!raw.length && !from && !to && !data.undated) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const interval = data.dateInterval || (raw[0] && /^\d{4}$/.test(raw[0].value) ? 'year' : 'month');
  const buckets = raw;
  const isSelected = (b) => b.selected || inRange(b, from, to);
  const chart = buckets.length ? barChart(buckets, { label: `${unit} per ${interval}`, isSelected }) : null;
  if (chart) brush(chart.querySelector('svg'), buckets, interval);
  const range = from || to ? `${from || 'the start'} to ${to || 'the end'}` : null;
  container.replaceChildren(
    el('div', { class: 'histogram-head' },
      el('h2', { id: 'histogram-title' }, `${unit} over time`),
      el('p', { class: 'hint' }, range ? `Showing ${range}.` : 'Drag across the bars to filter by date.'),
      range ? el('button', { type: 'button', class: 'clear-range', onclick: clearRange }, 'Clear date range') : null,
      data.dateInterval ? intervalPicker(p, data.dateInterval) : null),
    chart,
    undatedNote(data, p, Boolean(from || to)),
    rangeForm(from, to),
    buckets.length ? el('details', { class: 'table-alt' },
      el('summary', {}, 'Show as a table'),
      bucketTable(buckets, {
        caption: `${unit} per ${interval}`,
        unit,
        cell: (b) => el('button', { type: 'button', class: 'link-button', onclick: () => {
          const r = rangeParams([b], 0, 0, interval);
          applyRange(r.from, r.to);
        } }, `Only ${b.value}`),
      })) : null);
}
