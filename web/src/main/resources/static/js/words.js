import { el, fmt } from './dom.js';
import { ApiError, explain, getJson } from './http.js';
import { edit, filterParams, navigate } from './state.js';

// "Distinctive words" for the current results (/api/terms): words and two-word phrases more
// frequent in the matches than in the whole corpus. A click adds the word or phrase to the query.

let inFlight;

/** Whether the view is narrowed at all: without a query or filter nothing stands out. */
function scoped(params) {
  return [...params.keys()].some((k) => !['group', 'sort'].includes(k));
}

/** The query with the term added: a phrase in quotes, so it is searched as written. */
export function withTerm(q, term) {
  const t = term.includes(' ') ? `"${term}"` : term;
  return q ? `${q} ${t}` : t;
}

function done(container) {
  container.removeAttribute('aria-busy');
}

export async function renderWords(container, p, total) {
  inFlight?.abort();
  const params = filterParams(p);
  if (!total) { container.hidden = true; container.replaceChildren(); done(container); return; }
  container.hidden = false;
  const head = el('h2', { id: 'words-title' }, 'Distinctive words');
  const why = el('p', { class: 'hint' }, 'Words and phrases more frequent in these results than in all articles; select one to add it to the search.');
  if (!scoped(params)) {
    container.replaceChildren(head, el('p', { class: 'hint' }, 'Search or filter to see the words that set the results apart.'));
    done(container);
    return;
  }
  const controller = new AbortController();
  inFlight = controller;
  container.setAttribute('aria-busy', 'true');
  params.set('limit', '20');
  try {
    const data = await getJson('/api/terms', params, { signal: controller.signal });
    if (controller.signal.aborted) return;
    // The query's own words always stand out; they are searched for already.
    const asked = new Set((p.get('q') || '').toLowerCase().match(/[\p{L}\p{N}]+/gu) || []);
    const terms = data.terms.filter((t) => t.score > 0 && !t.term.split(' ').every((w) => asked.has(w)));
    const list = terms.length
      ? el('ul', { class: 'terms', id: 'terms' }, ...terms.map((t) => el('li', {}, el('button', {
        type: 'button', class: 'term', 'data-key': `term:${t.term}`,
        title: `${fmt.format(t.count)} of these results, ${fmt.format(t.background)} of all articles; relatedness ${t.score}`,
        'aria-label': `Add ${t.term} to the search (${t.count} of these results, ${t.background} of all articles)`,
        onclick: () => navigate(edit((x) => x.set('q', withTerm(x.get('q') || '', t.term)))),
      }, t.term, el('span', { class: 'count' }, ` ${fmt.format(t.count)}`)))))
      : el('p', { class: 'hint' }, 'No word stands out: these results use the same words as the rest of the corpus.');
    container.replaceChildren(head, why, list);
    done(container);
  } catch (e) {
    if (e.name === 'AbortError' || controller.signal.aborted) return;
    container.replaceChildren(head, el('p', { class: 'status error' }, explain(e instanceof ApiError ? e : new ApiError(0, e.message), 'the distinctive words')));
    done(container);
  }
}
