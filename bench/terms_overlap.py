#!/usr/bin/env python3
"""How close sampled distinctive words are to the exact ones, and how much faster, on a running API:
for each query, /api/terms (sampled above the app's facetwire.terms.* sizes) against
/api/terms?exact=true (every article counted), in alternating order each round.

  bench/terms_overlap.py PORT [QUERIES.tsv] [ROUNDS] [LIMIT]

QUERIES.tsv: kind<TAB>value lines, kind being word (q=), topic or person (bench/terms-eval.tsv:
words of frequency ranks 120 to 4,000, the three largest topics and three people of the synthetic
corpus of seed 20261123). Prints per query the matches, the sample sizes, the median wall time of
each and the top-LIMIT overlap (shared terms / terms of the exact list), then the mean and the
worst overlap, the geometric mean of sampled/exact times and the median relative error of the
sampled counts and backgrounds on the shared terms.
"""
import http.client, json, math, statistics, sys, time, urllib.parse

port = int(sys.argv[1])
queries = [l.rstrip('\n').split('\t') for l in open(sys.argv[2] if len(sys.argv) > 2 else 'bench/terms-eval.tsv') if l.strip()]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
limit = int(sys.argv[4]) if len(sys.argv) > 4 else 30
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=300)
param = {'word': 'q', 'topic': 'topic', 'person': 'person'}


def get(path):
    t = time.perf_counter()
    conn.request('GET', path)
    r = conn.getresponse()
    body = r.read()
    ms = (time.perf_counter() - t) * 1000
    if r.status != 200:
        sys.exit(f'{path} answered {r.status}: {body[:300]!r}')
    return json.loads(body), ms


print('kind\tvalue\tmatches\tmatchesCounted\tcorpusCounted\texact ms\tsampled ms\toverlap')
overlaps, ratios, count_err, back_err = [], [], [], []
for kind, value in queries:
    base = f'/api/terms?limit={limit}&{param[kind]}={urllib.parse.quote_plus(value)}'
    get(base + '&exact=true'), get(base)  # warm: caches and the samples' filters
    times = {'exact': [], 'sampled': []}
    for r in range(rounds):
        for mode in (['exact', 'sampled'] if r % 2 == 0 else ['sampled', 'exact']):
            body, ms = get(base + ('&exact=true' if mode == 'exact' else ''))
            times[mode].append(ms)
            if mode == 'exact': exact = body
            else: sampled = body
    e = {t['term']: t for t in exact['terms']}
    s = {t['term']: t for t in sampled['terms']}
    overlap = len(e.keys() & s.keys()) / max(1, len(e))
    overlaps.append(overlap)
    for term in e.keys() & s.keys():
        count_err.append(abs(s[term]['count'] - e[term]['count']) / max(1, e[term]['count']))
        back_err.append(abs(s[term]['background'] - e[term]['background']) / max(1, e[term]['background']))
    em, sm = statistics.median(times['exact']), statistics.median(times['sampled'])
    ratios.append(sm / em)
    print(f"{kind}\t{value}\t{sampled['matches']}\t{sampled.get('matchesCounted')}\t{sampled.get('corpusCounted')}"
          f"\t{em:.0f}\t{sm:.0f}\t{overlap:.2f}", flush=True)
print(f'top-{limit} overlap: mean {statistics.mean(overlaps):.3f}, worst {min(overlaps):.2f}')
print(f'sampled/exact time, geometric mean: {math.exp(statistics.mean(map(math.log, ratios))):.3f}')
if count_err:
    print(f'median relative error on shared terms: count {statistics.median(count_err):.3f}, '
          f'background {statistics.median(back_err):.3f}')
