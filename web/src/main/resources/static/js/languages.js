// The language facet: codes (ISO 639-1, as the indexer detects them) shown as names, and the note
// that people, organisations, places and topics come from English articles only.

const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

/** "es" -> "Spanish"; the code itself when the browser has no name for it. */
export function languageName(code) {
  try {
    const name = names?.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** The facets whose values the indexer's English rules find (not run on other languages). */
const ENGLISH_ONLY = ['people', 'topics', 'orgs', 'places'];

/** A note for an English-only facet when the results hold articles in other languages; else null. */
export function englishOnlyNote(f, data) {
  if (!ENGLISH_ONLY.includes(f.key)) return null;
  const others = (data.facets?.lang || []).filter((v) => v.value !== 'en' && v.count > 0);
  return others.length ? `Found in English articles only (not in ${others.map((v) => languageName(v.value)).join(', ')}).` : null;
}
