import { el } from './dom.js';
import { filterParams } from './state.js';

// Export links for the current search (every match, streamed by /api/export). The links are plain
// downloads; they are only shown when the server has the export endpoint.

/**
 * Whether this server has /api/export, asked once while the first search runs. The probe asks for
 * an export that cannot match anything (a day in year 1), so it costs nothing.
 */
const available = fetch('/api/export?format=jsonl&from=0001-01-01&to=0001-01-01', { method: 'HEAD' })
  .then((r) => r.status !== 404 && r.status !== 405, () => false);

export function exportHref(p, format) {
  const params = filterParams(p);
  if (p.get('sort')) params.set('sort', p.get('sort'));
  params.set('format', format);
  return `/api/export?${params}`;
}

export async function renderExport(container, p, total) {
  if (!(await available) || !total) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  container.replaceChildren(el('span', { class: 'label', id: 'export-label' }, 'Export all results:'),
    el('a', { href: exportHref(p, 'csv'), class: 'button', id: 'export-csv', download: '', 'aria-describedby': 'export-label' }, 'CSV'),
    el('a', { href: exportHref(p, 'jsonl'), class: 'button', id: 'export-jsonl', download: '', 'aria-describedby': 'export-label' }, 'JSON lines'));
}
