import { el } from './dom.js';

// The info button of each extracted facet: how its values are found and how far to trust them, with
// the measured precision and recall (held-out halves of the dev sets, docs/extraction.md), linking
// to the full figures on /accuracy.html. Outlets come from the page itself and need no such note.

const INFO = {
  people: {
    how: 'Found by rules (given names and surnames of 106 countries, titles and roles ("President", "X said"), initials) and, for names the rules leave unexplained, a statistical name finder trained on labelled news and Wikipedia; place, organisation, product and page-furniture lists veto both. A lone surname joins the full name the article or the collection gives.',
    figures: 'Held-out halves of the dev sets: wire news (Reuters) P 1.00 R 1.00; news (GMB) P 0.84 R 0.83; Wikipedia P 0.85 R 0.72; short news and web snippets (UNER PUD, EWT) P 0.74-0.92 R 0.54-0.55.',
  },
  orgs: {
    how: 'Found by rules: names holding an institution word (Bank, Ministry, Party, Inc), a list of organisations labelled as such in public news corpora (NATO, Reuters, Hamas), acronyms (defined in brackets, or written as a name; not acronyms of things such as CPU or GDP), firm contexts ("shares of X"); a statistical name finder adds what it finds among the names the rules leave unexplained. A name may reach over "and" or a possessive ("Food and Agriculture Organization", "Workers\' Party"); a stock index is none. Legal suffixes, "The", "Former", an owner ("Amazon-owned") and a leading "U.S." are dropped and an acronym joins its long form, so "Merrill Lynch & Co" and "Merrill Lynch" are one value. Many firms, bands and clubs without such a word are still missing.',
    figures: 'Held-out: precision 0.74-0.79 on news (GMB, WikiGold, UNER PUD), 0.49 on web text (EWT); recall 0.32-0.48.',
  },
  places: {
    how: 'Places from a built-in gazetteer, longest name first, skipping words already read as a person or an organisation.',
    figures: 'Not yet measured against labels.',
  },
  topics: {
    how: 'Topic rules of the built-in taxonomy: an article gets a topic when enough of the topic\'s terms occur in it.',
    figures: 'Held-out Reuters: energy P 1.00 R 1.00, mergers P 1.00 R 0.77; on the topic dev set (stories and web pages) mergers P 0.83, economy P 0.90, every topic on the figures page.',
  },
};

/** A disclosure with the facet's note, or null for a facet without one. */
export function facetInfo(f) {
  const info = INFO[f.key];
  if (!info) return null;
  return el('details', { class: 'facet-info' },
    el('summary', { 'aria-label': `How ${f.label.toLowerCase()} are found`, title: `How ${f.label.toLowerCase()} are found` }, 'i'),
    el('p', {}, info.how),
    el('p', {}, info.figures, ' ', el('a', { href: `/accuracy.html#${f.key}` }, 'All figures')));
}
