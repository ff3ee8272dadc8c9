// Talking to the public Facetwire JSON API: the pages use nothing else. Errors arrive as problem+json.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** GETs JSON; a non-2xx answer becomes an ApiError carrying the problem+json detail. */
export async function getJson(path, params, { signal } = {}) {
  const query = params ? String(params) : '';
  const url = query ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'the server could not be reached');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.detail || `HTTP ${response.status}`);
  return body;
}

/** A user-facing sentence for a failed call: what happened and what to do. */
export function explain(e, what) {
  if (e.status === 503) return `The search index is not reachable right now, so ${what} could not be loaded. Try again in a moment.`;
  if (e.status === 400) return `The request was not accepted: ${e.message}. Change it and try again.`;
  if (e.status === 0) return `The Facetwire server could not be reached, so ${what} could not be loaded. Check your connection and reload the page.`;
  return `Something went wrong while loading ${what} (${e.message}). Reload the page to try again.`;
}
