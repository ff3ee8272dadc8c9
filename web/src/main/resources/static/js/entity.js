import './page.js';
import { el, fmt } from './dom.js';
import { ApiError, explain, getJson } from './http.js';
import { ENTITY_KINDS, articleHref, backToSearchHref, entityHref, searchHref } from './links.js';
import { barChart, bucketTable, rangeParams } from './chart.js';
import { counted } from './results.js';

// The entity page (entity.html?kind=person|topic|org&name=...): mentions over time, co-mentioned
// people by relatedness, top topics and outlets, latest articles; every value links back into a
// filtered search. Served by /api/people/{name}, /api/topics/{name} or /api/orgs/{name}.

/** Per kind: its API path, its label, the lead sentence, and the hint on people counted with it. */
const KINDS = {
  person: { path: 'people', label: 'Person', lead: (one) => `${one ? 'mentions' : 'mention'} this person. `, naming: 'naming both' },
  topic: { path: 'topics', label: 'Topic', lead: (one) => `${one ? 'is' : 'are'} about this topic. `, naming: 'on this topic naming them' },
  org: { path: 'orgs', label: 'Organisation', lead: (one) => `${one ? 'mentions' : 'mention'} this organisation. `, naming: 'naming the organisation and them' },
};
const asked = new URLSearchParams(location.search).get('kind');
const kind = ENTITY_KINDS.includes(asked) ? asked : 'person';
let name = new URLSearchParams(location.search).get('name')?.trim() || '';
const main = document.getElementById('entity');
/** Like the search page, the page counts stories unless its URL says group=off; its links keep that. */
const grouped = new URLSearchParams(location.search).get('group') !== 'off';
const view = grouped ? {} : { group: 'off' };
let scope = { [kind]: name, ...view };

/** The API found the name in another case ("barack obama"): the page and its URL use the indexed spelling. */
function adopt(canonical) {
  if (!canonical || canonical === name) return;
  name = canonical;
  scope = { [kind]: name, ...view };
  const url = new URL(location.href);
  url.searchParams.set('name', name);
  history.replaceState(null, '', url);
}

function section(id, title, ...content) {
  return el('section', { class: 'panel', 'aria-labelledby': id }, el('h2', { id }, title), ...content);
}

function valueList(values, { href, about, score }) {
  const max = Math.max(...values.map((v) => (score ? score(v) : v.count)), 1e-9);
  return el('ol', { class: 'ranked' }, ...values.map((v) => el('li', {},
    el('a', { href: href(v) }, v.value),
    el('span', { class: 'count' }, score ? `${score(v).toFixed(2)} · ${fmt.format(v.count)} together` : fmt.format(v.count)),
    about ? el('a', { class: 'about', href: about(v), 'aria-label': `About ${v.value}`, title: `About ${v.value}` }, 'i') : null,
    el('span', { class: 'meter', 'aria-hidden': 'true' }, el('span', { style: null, 'data-w': Math.round((100 * (score ? score(v) : v.count)) / max) })))));
}

/** Sets meter widths through CSSOM (no inline style attributes, so a strict CSP holds). */
function sizeMeters(root) {
  for (const s of root.querySelectorAll('[data-w]')) s.style.width = `${Math.max(2, Number(s.dataset.w))}%`;
}

/** Co-mentioned people of a person: the filtered search is "articles about X that name Y". */
function togetherHref(v) {
  return kind === 'person' ? searchHref({ person: name, q: `"${v.value}"`, ...view }) : searchHref({ [kind]: name, person: v.value, ...view });
}

function render(e) {
  const { label } = KINDS[kind];
  document.title = `${name} · ${label} · Facetwire`;
  const interval = e.interval || 'month';
  const timeline = e.timeline || [];
  const people = e.coMentioned?.length ? e.coMentioned : e.people || [];
  const byRelatedness = Boolean(e.coMentioned?.length);
  const stories = e.counting === 'stories';
  const unit = stories ? 'Stories' : 'Articles';
  const one = e.mentions === 1;
  main.replaceChildren(
    el('p', { class: 'kicker' }, label),
    el('h1', {}, e.name || name),
    el('p', { class: 'lead', id: 'mentions' }, `${counted(e.mentions, e.counting)} ${KINDS[kind].lead(one)}`,
      el('a', { href: searchHref(scope), id: 'search-all' }, 'See them all in search')),
    el('div', { class: 'panels' },
      timeline.length ? section('timeline-title', 'Mentions over time',
        barChart(timeline, { label: `${unit} per ${interval} mentioning ${name}` }),
        el('details', { class: 'table-alt' }, el('summary', {}, 'Show as a table'),
          bucketTable(timeline, { unit, caption: `${unit} per ${interval}`, cell: (b) => el('a', { href: searchHref({ ...scope, ...rangeParams([b], 0, 0, interval) }) }, `Search ${b.value}`) }))) : null,
      people.length ? section('people-title', kind === 'person' ? 'Often mentioned with' : 'People',
        el('p', { class: 'hint' }, byRelatedness ? 'Ranked by relatedness: how much more often they appear together than by chance.'
          : `Ranked by the number of ${unit.toLowerCase()} ${KINDS[kind].naming}${e.sampled ? `, among the latest ${e.sampled}` : ''}.`),
        valueList(people, { href: togetherHref, about: (v) => entityHref('person', v.value, grouped), score: byRelatedness ? (v) => v.relatedness : null })) : null,
      e.topics?.length ? section('topics-title', kind === 'topic' ? 'Related topics' : 'Top topics',
        valueList(e.topics, { href: (v) => searchHref({ ...scope, topic: v.value }), about: (v) => entityHref('topic', v.value, grouped) })) : null,
      e.outlets?.length ? section('outlets-title', 'Top outlets', valueList(e.outlets, { href: (v) => searchHref({ ...scope, outlet: v.value }) })) : null,
      e.latest?.length ? section('latest-title', 'Latest articles', el('ul', { class: 'article-list' }, ...e.latest.map((a) => el('li', {},
        el('a', { href: articleHref(a.id) }, a.title || '(untitled)'),
        el('span', { class: 'meta' }, [a.outlet, a.date].filter(Boolean).join(' · ')))))) : null));
  sizeMeters(main);
}

async function show() {
  document.querySelector('a.back').href = backToSearchHref();
  if (!name) {
    main.replaceChildren(el('h1', {}, `No ${kind} selected`), el('p', {}, 'Pick one from the ', el('a', { href: '/' }, 'search page'), '.'));
    return;
  }
  try {
    const path = `/api/${KINDS[kind].path}/${encodeURIComponent(name)}`;
    const e = await getJson(path, grouped ? 'group=story' : '').catch((err) => {
      if (err instanceof ApiError && err.status === 404) return null; // no article mentions the name
      throw err;
    });
    adopt(e?.name);
    if (!e) {
      main.replaceChildren(el('h1', {}, name), el('p', {}, `No article in the index mentions “${name}”. Check the spelling, or `,
        el('a', { href: searchHref({ q: name }) }, 'search the text for it'), '.'));
      return;
    }
    render(e);
  } catch (err) {
    main.replaceChildren(el('h1', {}, name), el('p', {}, explain(err instanceof ApiError ? err : new ApiError(0, err.message), `this ${kind}`)));
  }
}
show().finally(() => main.removeAttribute('aria-busy'));
