import { el } from './dom.js';

// The top of every page but the search page: the link that skips to the content, the brand and the
// way back to the search. Built here with DOM calls, once for every page, so a page's HTML holds
// only an empty <header class="top"></header> and what is its own; a page script changes the back
// link (id "back") to lead to the search it came from. data-skip names what the skip link skips to.

const header = document.querySelector('header.top:empty');
if (header) {
  header.append(
    el('a', { class: 'brand', href: '/' }, 'Facetwire'),
    el('nav', { 'aria-label': 'Back' }, el('a', { class: 'back', id: 'back', href: '/' }, '← Back to search')));
  const main = document.querySelector('main[id]');
  if (main) header.before(el('a', { class: 'skip', href: `#${main.id}` }, header.dataset.skip || 'Skip to the content'));
}
