import { getJson, el } from './api.js';

const params = new URLSearchParams(location.search);
const main = document.getElementById('article');

function highlight(text, query) {
  const words = (query || '').toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) || [];
  if (!words.length) return [text];
  const re = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  return text.split(re).map((part, i) => (i % 2 ? el('mark', {}, part) : part));
}

async function show() {
  const id = params.get('id');
  if (!id) {
    main.replaceChildren(el('p', { class: 'status' }, 'No article selected.'));
    return;
  }
  try {
    const a = await getJson(`/api/articles/${encodeURIComponent(id)}`);
    document.title = `${a.title} · Facetwire`;
    main.replaceChildren(
      el('h1', {}, a.title || '(untitled)'),
      el('p', { class: 'meta' }, [a.outlet, a.date || 'undated', a.byline].filter(Boolean).join(' · ')),
      /^https?:\/\//i.test(a.url || '') ? el('p', {}, el('a', { href: a.url, rel: 'noopener noreferrer' }, 'Original article')) : null,
      el('p', { class: 'chips' },
        ...a.people.map((v) => el('a', { class: 'chip person', href: `/?person=${encodeURIComponent(v)}` }, v)),
        ...a.topics.map((v) => el('a', { class: 'chip topic', href: `/?topic=${encodeURIComponent(v)}` }, v))),
      ...(a.body || '').split(/\n\n+/).map((para) => el('p', {}, ...highlight(para, params.get('q')))),
    );
  } catch (e) {
    main.replaceChildren(el('p', { class: 'status' }, e.status === 404 ? 'This article is not in the index.' : `Could not load the article: ${e.message}`));
  }
}
show();
