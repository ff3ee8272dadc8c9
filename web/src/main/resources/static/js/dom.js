// Building the page: elements from data (never innerHTML), snippets keeping only <mark>, numbers.

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
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
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
