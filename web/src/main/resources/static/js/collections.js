import { el, fmt } from './dom.js';
import { current, filterParams } from './state.js';
import { token } from './uploader.js';

// Saved searches ("collections") and snapshots, and the Atom link of the current search. Saving and
// snapshots are writes, so the panel shows only while the API token is set for this browser session
// (typed in "Add articles"); the Atom links are for everyone and follow the URL, the page's only state.

const $ = (id) => document.getElementById(id);

/** The search parameters of the page as the API takes them (no paging), sort included. */
function searchParams(p) {
  const params = filterParams(p);
  if (p.get('sort')) params.set('sort', p.get('sort'));
  return params;
}

function feedHref(p) {
  const s = filterParams(p).toString();
  return `/api/search.atom${s ? `?${s}` : ''}`;
}

/** The head's alternate link and the visible "Follow (Atom)" link, for the search in the URL now. */
function follow() {
  const href = feedHref(current());
  $('atom-feed').setAttribute('href', href);
  $('follow-atom').setAttribute('href', href);
}

async function call(method, path, body) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${token()}` };
  if (body) headers['Content-Type'] = 'application/json';
  let r;
  try {
    r = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  } catch {
    return { ok: false, status: 0, body: { detail: 'the server could not be reached' } };
  }
  const json = r.status === 204 ? {} : await r.json().catch(() => ({}));
  if (r.status === 401) document.dispatchEvent(new CustomEvent('facetwire:token-refused'));
  return { ok: r.ok, status: r.status, body: json };
}

export function attachCollections(root) {
  const status = $('collections-status');
  const list = $('collection-list');
  const citation = $('snapshot-citation');

  function say(text, bad = false) {
    status.textContent = text;
    status.classList.toggle('bad', bad);
  }

  function show() {
    const set = token() !== '';
    root.hidden = !set;
    if (set) load();
  }

  async function load() {
    const r = await call('GET', '/api/collections');
    if (!r.ok) { say(`Saved searches could not be loaded: ${r.body.detail || `HTTP ${r.status}`}`, true); return; }
    list.replaceChildren(...r.body.collections.map(item));
    if (!r.body.collections.length) list.replaceChildren(el('li', { class: 'collection-note' }, 'No saved searches yet.'));
  }

  function item(c) {
    return el('li', { class: 'collection' },
      el('a', { href: c.searchUrl, class: 'collection-name', 'aria-label': `Open saved search ${c.name}` }, c.name),
      c.note ? el('span', { class: 'collection-note' }, ` ${c.note}`) : null,
      ' ',
      el('button', { type: 'button', class: 'link', 'aria-label': `Take a snapshot of ${c.name}`, onclick: () => snapshot(c) }, 'Take snapshot'),
      ' · ',
      el('a', { href: c.feedUrl, 'aria-label': `Atom feed of ${c.name}` }, 'Atom'),
      ' · ',
      el('button', { type: 'button', class: 'link', 'aria-label': `Delete saved search ${c.name}`, onclick: () => remove(c) }, 'Delete'));
  }

  async function snapshot(c) {
    say(`Taking a snapshot of “${c.name}”…`);
    const r = await call('POST', `/api/collections/${encodeURIComponent(c.id)}/snapshots`);
    if (!r.ok) { say(`No snapshot: ${r.body.detail || `HTTP ${r.status}`}`, true); return; }
    say(`Snapshot taken: ${fmt.format(r.body.total)} articles.`);
    $('snapshot-result').hidden = false;
    citation.value = r.body.citation;
    $('snapshot-csv').setAttribute('href', `/api/snapshots/${encodeURIComponent(r.body.id)}/export?format=csv`);
    $('snapshot-diff').setAttribute('href', `/api/snapshots/${encodeURIComponent(r.body.id)}/diff`);
    citation.focus();
    citation.select();
  }

  async function remove(c) {
    const r = await call('DELETE', `/api/collections/${encodeURIComponent(c.id)}`);
    if (!r.ok) { say(`Not deleted: ${r.body.detail || `HTTP ${r.status}`}`, true); return; }
    say(`Deleted “${c.name}” (its snapshots stay).`);
    load();
  }

  $('save-search').addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = $('collection-name').value.trim();
    if (!name) { say('Give the search a name to save it.', true); $('collection-name').focus(); return; }
    const params = {};
    for (const [k, v] of searchParams(current()).entries()) (params[k] ??= []).push(v);
    const r = await call('POST', '/api/collections', { name, note: $('collection-note').value.trim(), params });
    if (!r.ok) { say(`Not saved: ${r.body.detail || `HTTP ${r.status}`}`, true); return; }
    $('collection-name').value = '';
    $('collection-note').value = '';
    say(`Saved “${r.body.name}”.`);
    load();
  });

  $('copy-citation').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(citation.value);
      say('Citation copied.');
    } catch {
      citation.focus();
      citation.select();
      say('Copy the selected citation with Ctrl+C (the browser did not allow copying).');
    }
  });

  document.addEventListener('facetwire:token', show);
  show();
  follow();
  // The results region is busy while search.js renders a state: the Atom links follow each one.
  new MutationObserver(follow).observe($('results'), { attributes: true, attributeFilter: ['aria-busy'] });
}
