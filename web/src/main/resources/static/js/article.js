import './page.js';
import { el, highlight } from './dom.js';
import { explain, getJson } from './http.js';
import { articleHref, backToSearchHref, entityHref, searchHref } from './links.js';
import { copiesSection } from './copies.js';

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

/** "Read the original" for a web address with a host; nothing for a missing, relative or malformed one. */
function originalLink(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol) || !parsed.hostname) return null;
  return el('p', {}, el('a', { href: parsed.href, rel: 'noopener noreferrer' }, 'Read the original'),
    el('span', { class: 'meta' }, ` (${parsed.hostname})`));
}

/** Lines this long or longer were not broken by a wire service's fixed width: each is a paragraph. */
const WRAP_WIDTH = 100;

/**
 * The body's paragraphs. Wire copy comes hard-wrapped at about 70 characters, a paragraph starting
 * after a blank line or on an indented line; its lines are joined back into paragraphs. Text with
 * longer lines keeps every line as a paragraph.
 */
function paragraphs(body) {
  const out = [];
  for (const block of body.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim());
    if (lines.some((l) => l.trim().length >= WRAP_WIDTH)) { out.push(...lines.map((l) => l.trim())); continue; }
    let para = [];
    for (const line of lines) {
      if (/^\s/.test(line) && para.length) { out.push(para.join(' ')); para = []; }
      para.push(line.trim());
    }
    if (para.length) out.push(para.join(' '));
  }
  return out;
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
    // replaceChildren would write a missing part (null) as the text "null": leave it out instead.
    main.replaceChildren(...[
      el('h1', {}, a.title || '(untitled)'),
      el('p', { class: 'meta' }, ...facts.flatMap((f, i) => (i ? [' · ', f] : [f]))),
      originalLink(a.url),
      el('dl', { class: 'facts' },
        links('People', a.people, (v) => entityHref('person', v)),
        links('Topics', a.topics, (v) => entityHref('topic', v)),
        links('Organisations', a.orgs, (v) => entityHref('org', v)),
        links('Places', a.places, (v) => searchHref({ place: v })),
        a.outlet ? links('Outlet', [a.outlet], (v) => searchHref({ outlet: v })) : null),
      el('div', { class: 'body' }, ...paragraphs(a.body || '').map((para) => el('p', {}, ...highlight(para, query)))),
    ].filter(Boolean));
    const side = [articleList(`Also published as (${(a.copies || []).length})`, 'copies-title', a.copies),
      articleList('Similar articles', 'similar-title', a.similar)].filter(Boolean);
    related.hidden = !side.length;
    related.replaceChildren(...side);
    if (a.copies?.length) {
      const compared = await copiesSection(id, query);
      if (compared) main.append(compared);
    }
  } catch (e) {
    main.replaceChildren(el('h1', {}, e.status === 404 ? 'Article not found' : 'Could not load the article'),
      el('p', {}, e.status === 404 ? 'This article is not in the index (it may have been removed or the link is wrong). ' : explain(e, 'the article'),
        ' ', el('a', { href: query ? searchHref({ q: query }) : '/' }, 'Go back to search')));
  }
}
show().finally(() => document.getElementById('article').removeAttribute('aria-busy'));
