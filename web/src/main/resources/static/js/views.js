// The search page's links to the attention and compare views of the current search. They follow
// the URL: the search page marks each state it finished rendering on <body data-state>, and the
// links are rewritten then (page-only and paging parameters left behind).

const LEFT_BEHIND = ['page', 'size', 'sort', 'more'];

function update() {
  const p = new URLSearchParams(location.search);
  for (const k of LEFT_BEHIND) p.delete(k);
  const attention = document.getElementById('attention-link');
  const compare = document.getElementById('compare-link');
  if (attention) attention.href = `/attention.html${p.size ? `?${p}` : ''}`;
  if (compare) compare.href = `/compare.html${p.size ? `?${p}` : ''}`;
}

new MutationObserver(update).observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
update();
