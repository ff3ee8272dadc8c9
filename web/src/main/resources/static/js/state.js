// The search page keeps ALL of its state in the URL: reload, share, back and forward reproduce it.
// This module is the only place that reads or writes that state.

import { getJson } from './http.js';

/**
 * The facets (key, filter param, labels, entity page, codes shown by name) as the schema contract
 * says, served by GET /api/facets: the page keeps no list of its own. Every module importing this
 * one waits for it; without an answer the page has no filters and its search shows the error.
 */
export const { facets: FACETS, dateKeys: DATE_KEYS } = await getJson('/api/facets').catch(() => ({ facets: [], dateKeys: {} }));

/** Parameters that only shape the page (expanded facet lists, the open network view); never sent to the API. */
const UI_ONLY = ['more', 'network'];

export function current() {
  return new URLSearchParams(location.search);
}

let onChange = () => {};
export function listen(callback) {
  onChange = callback;
  window.addEventListener('popstate', () => onChange());
}

/** Pushes a new state (a new history entry, so Back undoes it) and re-renders. */
export function navigate(params, { replace = false } = {}) {
  for (const [k, v] of [...params.entries()]) if (v === '') params.delete(k, v);
  const s = params.toString();
  const url = `${location.pathname}${s ? `?${s}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[replace ? 'replaceState' : 'pushState'](null, '', url);
  onChange();
}

/** Returns a copy of the current state changed by fn, with paging reset (new filters, new first page). */
export function edit(fn, { keepPage = false } = {}) {
  const p = current();
  fn(p);
  if (!keepPage) p.delete('page');
  return p;
}

export function removeValue(p, param, value) {
  const values = p.getAll(param).filter((v) => v !== value);
  p.delete(param);
  for (const v of values) p.append(param, v);
}

/** Include X, exclude X and neither are three states of one value; switching one clears the other. */
export function setValueState(p, param, value, stateName) {
  removeValue(p, param, value);
  removeValue(p, `-${param}`, value);
  if (stateName === 'include') p.append(param, value);
  if (stateName === 'exclude') p.append(`-${param}`, value);
}

/** Grouping of syndicated copies is on unless the URL says group=off. */
export function grouped(p) {
  return p.get('group') !== 'off';
}

/** The query string for the search API: the page's state without UI-only parameters. */
export function apiParams(p, { group = true } = {}) {
  const out = new URLSearchParams();
  for (const [k, v] of p.entries()) {
    if (UI_ONLY.includes(k) || k === 'group') continue;
    out.append(k, v);
  }
  if (group && grouped(p)) out.set('group', 'story');
  return out;
}

/**
 * Search parameters (no paging or sort): what facet, entity and export calls scope by. Grouping
 * comes along, as it sets the unit every count of the view is in (stories or articles).
 */
export function filterParams(p) {
  const out = apiParams(p);
  for (const k of ['page', 'size', 'interval']) out.delete(k);
  return out;
}

/** Every active filter as {label, remove()} for the breadcrumbs. */
export function activeFilters(p) {
  const crumbs = [];
  if (p.get('q')) crumbs.push({ label: `Search: ${p.get('q')}`, param: 'q', remove: (x) => x.delete('q') });
  for (const f of FACETS) {
    for (const v of p.getAll(f.param)) crumbs.push({ label: `${f.one}: ${v}`, param: f.param, remove: (x) => removeValue(x, f.param, v) });
    for (const v of p.getAll(`-${f.param}`)) crumbs.push({ label: `Not ${f.one.toLowerCase()}: ${v}`, param: `-${f.param}`, remove: (x) => removeValue(x, `-${f.param}`, v) });
  }
  if (p.get('from') || p.get('to')) {
    const undated = p.get('undated') === 'include' ? ' or undated' : '';
    crumbs.push({ label: `Date: ${p.get('from') || 'any'} to ${p.get('to') || 'any'}${undated}`, param: 'date', remove: (x) => { x.delete('from'); x.delete('to'); x.delete('undated'); } });
  }
  return crumbs;
}
