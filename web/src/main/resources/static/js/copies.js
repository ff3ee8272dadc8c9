import { el, fmt } from './dom.js';
import { explain, getJson } from './http.js';
import { articleHref } from './links.js';

// The article page's "Also published as" comparison (/api/articles/{id}/copies): what each copy
// of the story added, cut or changed against the first copy, marked inline with <ins> and <del>
// (built node by node: the text is never parsed as HTML).

const BREAK = /\n[ \t]*\n/;

/**
 * The runs as paragraphs: a blank line in the copy's text (shared or added) starts a new one; cut
 * text is marked where it was, its own blank lines read as spaces.
 */
function diffParagraphs(runs) {
  const paras = [[]];
  const put = (text, wrap) => text.split(BREAK).forEach((part, i) => {
    if (i) paras.push([]);
    if (part) paras[paras.length - 1].push(wrap ? el(wrap, {}, part) : part);
  });
  for (const run of runs) {
    if (run.op === 'same') put(run.text, null);
    else if (run.op === 'added') put(run.text, 'ins');
    else if (run.op === 'removed') paras[paras.length - 1].push(el('del', {}, run.text.replace(/\s+/g, ' ')));
    else {
      paras[paras.length - 1].push(el('del', {}, run.was.replace(/\s+/g, ' ')));
      put(run.text, 'ins');
    }
  }
  return paras.filter((p) => p.length).map((p) => el('p', {}, ...p));
}

function changes(c) {
  const parts = [];
  if (c.added) parts.push(`${fmt.format(c.added)} ${c.added === 1 ? 'word' : 'words'} added`);
  if (c.removed) parts.push(`${fmt.format(c.removed)} cut`);
  if (c.changed) parts.push(`${fmt.format(c.changed)} changed`);
  return parts.length ? parts.join(', ') : 'same text';
}

function copyItem(c, first, currentId, query) {
  const title = c.id === currentId ? el('strong', {}, `${c.title || '(untitled)'} (this article)`)
    : el('a', { href: articleHref(c.id, query) }, c.title || '(untitled)');
  const meta = el('span', { class: 'meta' }, ` ${[c.outlet, c.date || 'undated'].filter(Boolean).join(' · ')}`);
  if (c.first) return el('li', { class: 'copy first' }, title, meta, el('span', { class: 'copy-changes' }, ' · first published: the others are compared with it'));
  if (!c.diff) return el('li', { class: 'copy', 'data-id': c.id }, title, meta, el('span', { class: 'copy-changes' }, ' · not compared (too many long copies)'));
  const summary = el('span', { class: 'copy-changes' }, ` · ${changes(c)} against ${first.outlet || 'the first copy'}`);
  const edited = c.added || c.removed || c.changed;
  const item = el('li', { class: 'copy', 'data-id': c.id }, title, meta, summary);
  if (edited) {
    item.append(el('details', { class: 'copy-diff' },
      el('summary', {}, `Show the changes of ${c.outlet || 'this copy'}`),
      c.truncated ? el('p', { class: 'hint' }, 'The text is long: only its beginning is compared.') : null,
      el('div', { class: 'diff' }, ...diffParagraphs(c.diff))));
  }
  return item;
}

/** The comparison section, or null when the story has one copy. */
export async function copiesSection(id, query) {
  try {
    const data = await getJson(`/api/articles/${encodeURIComponent(id)}/copies`);
    if (!data || data.copies.length < 2) return null;
    const first = data.copies.find((c) => c.first) || data.copies[0];
    return el('section', { class: 'copies', id: 'copies', 'aria-labelledby': 'copies-diff-title' },
      el('h2', { id: 'copies-diff-title' }, `Also published as: what each copy changed (${data.copies.length} copies)`),
      el('p', { class: 'hint' }, 'Each copy against the first: ', el('ins', {}, 'added'), ', ', el('del', {}, 'cut'),
        ' or changed words, marked in its text.'),
      el('ol', { class: 'copy-list' }, ...data.copies.map((c) => copyItem(c, first, id, query))),
      data.more ? el('p', { class: 'hint' }, 'The story has more copies than shown here.') : null);
  } catch (e) {
    return el('section', { class: 'copies', id: 'copies' }, el('p', { class: 'status error' }, explain(e, 'the comparison of the copies')));
  }
}
