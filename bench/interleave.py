#!/usr/bin/env python3
"""Interleaved latency of several running Facetwire APIs on copies of one index: each round sends
every query to each API in a shuffled order, so a shared machine's load falls on all of them alike
(use it when the load average is too high for bench/run.sh's before/after runs to compare).

  bench/interleave.py QUERIES.tsv base=8081,after=8082 ROUNDS WARMUP [search,analytics]

QUERIES.tsv: kind<TAB>name<TAB>/api/path lines, as QueryMix builds them (bench/queries-10k.tsv is
the 10k corpus of seed 20261123). Prints each query's median wall time per API, its ratio to the
first API, the geometric mean of the ratios, and any query whose totals differ between APIs.
"""
import http.client, random, statistics, sys, time, json, math
targets = dict(a.split('=') for a in sys.argv[2].split(','))  # name=port
rounds, warm = int(sys.argv[3]), int(sys.argv[4])
only = sys.argv[5] if len(sys.argv) > 5 else 'search,analytics'
qs = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
qs = [q for q in qs if q[0] in only.split(',') and not q[1].startswith(('terms', 'network'))]
conns = {n: http.client.HTTPConnection('127.0.0.1', int(p), timeout=120) for n, p in targets.items()}
times = {(n, q[1]): [] for n in targets for q in qs}
totals = {}
for r in range(rounds + warm):
    for q in qs:
        order = list(targets); random.shuffle(order)
        for n in order:
            c = conns[n]
            t = time.perf_counter()
            c.request('GET', q[2]); resp = c.getresponse(); body = resp.read()
            dt = (time.perf_counter() - t) * 1000
            if resp.status != 200:
                if r == 0: print('!!', n, q[1], resp.status, body[:100], file=sys.stderr)
                continue
            if r >= warm: times[(n, q[1])].append(dt)
            if r == warm:
                d = json.loads(body); totals[(n, q[1])] = d.get('total', [s.get('total') for s in d.get('series', [])])
    print('round', r, time.strftime('%H:%M:%S'), open('/proc/loadavg').read().split()[:3], file=sys.stderr, flush=True)
names = list(targets)
print('query\t' + '\t'.join(f'{n} p50' for n in names) + '\t' + '\t'.join(f'{n}/{names[0]}' for n in names[1:]))
ratios = {n: [] for n in names[1:]}
for q in qs:
    med = {n: statistics.median(times[(n, q[1])]) if times[(n, q[1])] else float('nan') for n in names}
    for n in names[1:]:
        if med[n] == med[n] and med[names[0]] == med[names[0]]: ratios[n].append(med[n] / med[names[0]])
    print(q[1] + '\t' + '\t'.join(f'{med[n]:.1f}' for n in names) + '\t' + '\t'.join(f'{med[n]/med[names[0]]:.2f}' for n in names[1:]))
for n in names[1:]:
    print(f'geomean {n}/{names[0]}: {math.exp(sum(map(math.log, ratios[n]))/len(ratios[n])):.3f}')
mismatch = [(q[1], {n: totals.get((n, q[1])) for n in names}) for q in qs if len({json.dumps(totals.get((n, q[1]))) for n in names}) > 1]
print('totals differ:', mismatch)
