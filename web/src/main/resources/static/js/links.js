// Links between the pages: every value on every page leads back to the results it stands for.

/** The kinds of entity page, as /api/facets names them (a facet's "entity"). */
export const ENTITY_KINDS = ['person', 'topic', 'org'];

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

/** A person, topic or organisation page (one entity.html); grouped=false carries an ungrouped view (counting articles) there. */
export function entityHref(type, name, grouped = true) {
  return `/entity.html?kind=${ENTITY_KINDS.includes(type) ? type : 'person'}&name=${encodeURIComponent(name)}${grouped ? '' : '&group=off'}`;
}
