import { articleHref, backToSearchHref, el, entityHref, explain, getJson, highlight, searchHref } from './api.js';

// The article page: full text with the query's words marked, metadata, people and topic links,
// similar articles and syndicated copies.

const params = new URLSearchParams(location.search);
const main = document.getElementById('article');
const related = document.getElementById('related');
const query = params.get('q') || '';

function backLink() {
  document.getElementById('back').href = backToSearchHref(query);
}

function links(label, values, href) {
  if (!values?.length) return null;
  return [el('dt', {}, label), el('dd', {}, el('ul', { class: 'chips' }, ...values.map((v) => el('li', {}, el('a', { class: 'chip', href: href(v) }, v)))))];
}

function articleList(title, id, items) {
  if (!items?.length) return null;
  return el('section', { 'aria-labelledby': id },
    el('h2', { id }, title),
    el('ul', { class: 'article-list' }, ...items.map((a) => el('li', {},
      el('a', { href: articleHref(a.id, query) }, a.title || '(untitled)'),
      el('span', { class: 'meta' }, [a.outlet, a.date].filter(Boolean).join(' · '))))));
}

async function show() {
  backLink();
  const id = params.get('id');
  if (!id) {
    main.replaceChildren(el('h1', {}, 'No article selected'), el('p', {}, 'Open an article from the ', el('a', { href: '/' }, 'search results'), '.'));
    return;
  }
  try {
    const a = await getJson(`/api/articles/${encodeURIComponent(id)}`, query ? new URLSearchParams({ q: query }) : null);
    document.title = `${a.title || 'Article'} · Facetwire`;
    const facts = [a.outlet, a.date ? el('time', { datetime: a.date }, a.date) : 'undated', a.byline ? `by ${a.byline}` : null,
      a.wordCount ? `${a.wordCount} words` : null].filter(Boolean);
    main.replaceChildren(
      el('h1', {}, a.title || '(untitled)'),
      el('p', { class: 'meta' }, ...facts.flatMap((f, i) => (i ? [' · ', f] : [f]))),
      /^https?:\/\//i.test(a.url || '') ? el('p', {}, el('a', { href: a.url, rel: 'noopener noreferrer' }, 'Read the original'), el('span', { class: 'meta' }, ` (${new URL(a.url, location.href).hostname})`)) : null,
      el('dl', { class: 'facts' },
        links('People', a.people, (v) => entityHref('person', v)),
        links('Topics', a.topics, (v) => entityHref('topic', v)),
        links('Organisations', a.orgs, (v) => searchHref({ org: v })),
        links('Places', a.places, (v) => searchHref({ place: v })),
        a.outlet ? links('Outlet', [a.outlet], (v) => searchHref({ outlet: v })) : null),
      el('div', { class: 'body' }, ...(a.body || '').split(/\n\s*\n+/).map((para) => el('p', {}, ...highlight(para, query)))),
    );
    const side = [articleList(`Also published as (${(a.copies || []).length})`, 'copies-title', a.copies),
      articleList('Similar articles', 'similar-title', a.similar)].filter(Boolean);
    related.hidden = !side.length;
    related.replaceChildren(...side);
  } catch (e) {
    main.replaceChildren(el('h1', {}, e.status === 404 ? 'Article not found' : 'Could not load the article'),
      el('p', {}, e.status === 404 ? 'This article is not in the index (it may have been removed or the link is wrong). ' : explain(e, 'the article'),
        ' ', el('a', { href: query ? searchHref({ q: query }) : '/' }, 'Go back to search')));
  }
}
// Tests and scripts wait for this marker rather than guessing how long loading takes.
show().finally(() => { document.body.dataset.ready = 'true'; });
