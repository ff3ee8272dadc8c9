import { el, fmt } from './dom.js';

// "Add articles": sends files to POST /api/index and follows the job. Writes need the API token, which
// the user types once per browser session (sessionStorage: gone when the tab closes, never in the URL);
// the upload part is shown only while a token is set, and a token the server refuses is forgotten.

const KEY = 'facetwire.apiToken';
const POLL_MS = 500;

/** The API token of this browser session, or ''. */
export const token = () => sessionStorage.getItem(KEY) || '';

export function attachUploader(root) {
  const $ = (id) => root.querySelector(`#${id}`);
  const tokenForm = $('token-form');
  const upload = $('upload');
  const drop = $('upload-drop');
  const files = $('upload-files');
  const progress = $('upload-progress');
  const status = $('upload-status');
  const failures = $('upload-failures');

  function showToken() {
    const set = token() !== '';
    tokenForm.hidden = set;
    upload.hidden = !set;
    document.dispatchEvent(new CustomEvent('facetwire:token'));
  }

  tokenForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = $('api-token').value.trim();
    if (!value) return;
    sessionStorage.setItem(KEY, value);
    $('api-token').value = '';
    showToken();
  });
  function forget() {
    sessionStorage.removeItem(KEY);
    showToken();
  }
  $('forget-token').addEventListener('click', forget);
  // Another panel's write (saved searches) was refused: the token is wrong, forget it here too.
  document.addEventListener('facetwire:token-refused', forget);

  function say(text, bad = false) {
    status.textContent = text;
    status.classList.toggle('bad', bad);
  }

  async function send(list) {
    if (!list.length) return;
    const form = new FormData();
    for (const f of list) form.append('files', f, f.webkitRelativePath || f.name);
    failures.replaceChildren();
    progress.hidden = false;
    progress.removeAttribute('value');
    say(`Sending ${list.length === 1 ? list[0].name : `${fmt.format(list.length)} files`}…`);
    let answer;
    try {
      answer = await post(form, (loaded, total) => { progress.max = total; progress.value = loaded; });
    } catch {
      progress.hidden = true;
      say('The upload failed: the server could not be reached.', true);
      return;
    }
    if (answer.status === 401) forget();
    if (answer.status !== 202) {
      progress.hidden = true;
      say(`Not added: ${answer.body.detail || `HTTP ${answer.status}`}`, true);
      return;
    }
    progress.removeAttribute('value');
    follow(answer.location);
  }

  async function follow(location) {
    let job;
    try {
      const r = await fetch(location, { headers: { Accept: 'application/json', Authorization: `Bearer ${token()}` } });
      job = await r.json();
      if (!r.ok) throw new Error(job.detail);
    } catch (e) {
      progress.hidden = true;
      say(`Could not follow the job: ${e.message || 'the server could not be reached'}.`, true);
      return;
    }
    if (job.state === 'running') {
      say(`Indexing: ${fmt.format(job.inputs)} files read, ${fmt.format(job.articles)} articles…`);
      setTimeout(() => follow(location), POLL_MS);
      return;
    }
    progress.hidden = true;
    if (job.state === 'failed') {
      say(`The job failed: ${job.error}`, true);
      return;
    }
    say(`Done: ${fmt.format(job.articles)} articles read, ${fmt.format(job.indexed)} added or updated, `
      + `${fmt.format(job.unchanged)} unchanged, ${fmt.format(job.duplicates)} duplicates, ${fmt.format(job.failed)} failed. `
      + 'Search again to see them.', job.failed > 0);
    failures.replaceChildren(...job.failures.map((f) => el('li', {}, el('code', {}, f.source), `: ${f.reason}`)));
  }

  files.addEventListener('change', () => { send([...files.files]); files.value = ''; });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    send([...e.dataTransfer.files]);
  });
  showToken();
}

/** XMLHttpRequest rather than fetch: only it reports upload progress. */
function post(form, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/index');
    xhr.setRequestHeader('Authorization', `Bearer ${token()}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress(e.loaded, e.total); });
    xhr.addEventListener('load', () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: the status says enough */ }
      resolve({ status: xhr.status, body, location: xhr.getResponseHeader('Location') });
    });
    xhr.addEventListener('error', reject);
    xhr.send(form);
  });
}
