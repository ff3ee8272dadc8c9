// The search page's links to the attention and compare views of the current search. They follow
// the URL: when the results region stops being busy (aria-busy, which the search page sets while it
// renders a state) the links are rewritten (page-only and paging parameters left behind).

const LEFT_BEHIND = ['page', 'size', 'sort', 'more'];

function update() {
  const p = new URLSearchParams(location.search);
  for (const k of LEFT_BEHIND) p.delete(k);
  const attention = document.getElementById('attention-link');
  const compare = document.getElementById('compare-link');
  if (attention) attention.href = `/attention.html${p.size ? `?${p}` : ''}`;
  if (compare) compare.href = `/compare.html${p.size ? `?${p}` : ''}`;
}

new MutationObserver(update).observe(document.getElementById('results'), { attributes: true, attributeFilter: ['aria-busy'] });
update();
