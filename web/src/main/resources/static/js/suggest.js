import { el, fmt } from './dom.js';
import { getJson } from './http.js';

// Autocomplete for the search box (ARIA 1.2 combobox with a listbox). Suggestions come from
// /api/suggest; when the server has no such endpoint the box is a plain search box.

const TYPE_LABEL = { person: 'Person', topic: 'Topic', outlet: 'Outlet', title: 'Title', org: 'Organisation', place: 'Place' };

export function attachSuggest(input, onPick) {
  const list = el('ul', { id: 'suggestions', role: 'listbox', class: 'suggestions', 'aria-label': 'Suggestions', hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  let items = [];
  let active = -1;
  let timer;
  let seq = 0;

  /** Also drops a lookup still on its way, so a late answer cannot reopen the list over the results. */
  const close = () => {
    clearTimeout(timer);
    seq += 1;
    list.hidden = true;
    list.replaceChildren();
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlightActive = () => {
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i) => {
    const s = items[i];
    close();
    if (s) onPick(s);
  };
  const show = (suggestions) => {
    items = suggestions;
    active = -1;
    if (!items.length) { close(); return; }
    list.replaceChildren(...items.map((s, i) => el('li', {
      id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: `suggestion ${s.type}`,
      onmousedown: (e) => e.preventDefault(), onclick: () => pick(i),
    }, el('span', { class: 'type' }, TYPE_LABEL[s.type] || s.type), ' ', el('span', { class: 'value' }, s.value),
    s.count ? el('span', { class: 'count' }, ` ${fmt.format(s.count)}`) : null)));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const r = await getJson('/api/suggest', new URLSearchParams({ q: text, limit: '8' }));
        if (mine === seq && document.activeElement === input) show(r.suggestions || []);
      } catch {
        close();
      }
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && active < 0) { close(); return; }
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = items.length;
      active = e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n;
      highlightActive();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });
  // Closes a moment after focus leaves (a click on a suggestion lands first), unless focus came back
  // meanwhile: otherwise a quick refocus and typing (WebDriver's clear() blurs the box) lost its lookup.
  input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) close(); }, 100));
  return { close };
}
