// Thin client for the public Facetwire JSON API; the pages use nothing else.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** GETs JSON; a non-2xx answer becomes an ApiError carrying the problem+json detail. */
export async function getJson(path, params, { signal } = {}) {
  const query = params ? String(params) : '';
  const url = query ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'the server could not be reached');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.detail || `HTTP ${response.status}`);
  return body;
}

/**
 * Like getJson, but answers null when the endpoint does not exist (404), so a page can hide a
 * widget whose endpoint this server does not offer yet instead of showing an error.
 */
export async function optionalJson(path, params, options) {
  try {
    return await getJson(path, params, options);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** Builds a DOM element: el('a', {href: '/x', class: 'y'}, 'text', child). Text is never parsed as HTML. */
export function el(tag, attrs = {}, ...children) {
  const svg = tag.startsWith('svg:');
  const node = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class' && !svg) node.className = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Snippet HTML from the API is escaped text plus <mark>; keep exactly that and drop anything else. */
export function snippetNode(html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of tpl.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
    else if (node.nodeName === 'MARK') out.append(el('mark', {}, node.textContent));
    else out.append(node.textContent || '');
  }
  return out;
}

const STOPWORDS = new Set('the and for with that this from are was were not but has have had its into who will you all any can our out'.split(' '));

/**
 * Marks the words of a query in plain text (the article page has full text, not snippets). Solr
 * matches stems, so a light suffix strip lets "strikes" mark "strike" and "striking"; stopwords
 * and operators stay unmarked as Solr ignores them too.
 */
export function highlight(text, query) {
  const words = (query || '').replace(/\b(?:AND|OR|NOT)\b/g, ' ').toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) || [];
  const stems = [...new Set(words.filter((w) => !STOPWORDS.has(w))
    .map((w) => (w.length > 5 ? w.replace(/(?:ing|ed|es|s)$/u, '') : w))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))];
  if (!stems.length) return [text];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])((?:${stems.join('|')})[\\p{L}\\p{N}]*)`, 'giu');
  return text.split(re).map((part, i) => (i % 2 ? el('mark', {}, part) : part));
}

export const fmt = new Intl.NumberFormat('en');

/** Text cut to at most max characters, with an ellipsis where it was cut. */
export function abbreviate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Links into a filtered search: every value on every page leads back to the results it stands for. */
export function searchHref(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const x of [].concat(v)) if (x !== undefined && x !== null && x !== '') p.append(k, x);
  }
  const s = p.toString();
  return s ? `/?${s}` : '/';
}

export function articleHref(id, query) {
  return `/article.html?id=${encodeURIComponent(id)}${query ? `&q=${encodeURIComponent(query)}` : ''}`;
}

const LAST_SEARCH = 'facetwire.lastSearch';

/** The search page remembers its URL per tab, so other pages can lead back to exactly those results. */
export function rememberSearch() {
  try { sessionStorage.setItem(LAST_SEARCH, location.search); } catch { /* storage off: back links fall back */ }
}

/** The last search in this tab, or a search for the fallback query (the server sends no Referer). */
export function backToSearchHref(fallbackQuery) {
  let last = null;
  try { last = sessionStorage.getItem(LAST_SEARCH); } catch { /* storage off */ }
  if (last !== null) return `/${last}`;
  return fallbackQuery ? searchHref({ q: fallbackQuery }) : '/';
}

/** A person or topic page; grouped=false carries an ungrouped view (counting articles) there. */
export function entityHref(type, name, grouped = true) {
  return `/${type === 'person' ? 'person' : 'topic'}.html?name=${encodeURIComponent(name)}${grouped ? '' : '&group=off'}`;
}

/** A user-facing sentence for a failed call: what happened and what to do. */
export function explain(e, what) {
  if (e.status === 503) return `The search index is not reachable right now, so ${what} could not be loaded. Try again in a moment.`;
  if (e.status === 400) return `The request was not accepted: ${e.message}. Change it and try again.`;
  if (e.status === 0) return `The Facetwire server could not be reached, so ${what} could not be loaded. Check your connection and reload the page.`;
  return `Something went wrong while loading ${what} (${e.message}). Reload the page to try again.`;
}
