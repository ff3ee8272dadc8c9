#!/usr/bin/env python3
"""Facetwire from Python: a search paged into a DataFrame, its facets, an export and a timeline.

    python3 examples/python/facetwire_example.py --url http://localhost:8080 --query harbour --out out

Writes out/results.csv (the paged search), out/facets.csv, out/export.csv and out/timeline.png, and
prints what it found. Needs requests, pandas and matplotlib (Debian: python3-requests python3-pandas
python3-matplotlib; or pip). With --check it also verifies what it read (the CI runs it so).
"""
import argparse
import json
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import matplotlib

matplotlib.use("Agg")  # no display needed: the plot goes to a file
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import requests  # noqa: E402

FACETS = ["people", "topics", "outlet", "orgs", "places"]


class FacetwireError(Exception):
    """The API refused a request; the message is its problem detail."""


class Facetwire:
    """A few lines over requests: JSON answers, problem+json errors, waits when told to (429)."""

    def __init__(self, url, token=None):
        self.url = url.rstrip("/")
        self.session = requests.Session()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.session.headers.update(self.headers)

    def get(self, path, params, stream=False):
        for _ in range(5):
            r = self.session.get(self.url + path, params=params, timeout=60, stream=stream)
            if r.status_code != 429:
                break
            time.sleep(int(r.headers.get("Retry-After", "1")))  # a shared server asks us to slow down
        if r.status_code != 200:
            detail = r.json().get("detail") if "json" in r.headers.get("Content-Type", "") else r.text[:200]
            raise FacetwireError(f"{path} answered {r.status_code}: {detail}")
        return r

    def search(self, **params):
        return self.get("/api/search", params).json()

    def pages(self, params, size, max_pages):
        """Every hit of a search, page by page (page x size stops at 10,000: use the export beyond)."""
        for page in range(1, max_pages + 1):
            answer = self.search(**params, page=page, size=size)
            yield from answer["results"]
            if page * size >= answer["total"]:
                return

    def export_url(self, params):
        return f"{self.url}/api/export?{urlencode(params, doseq=True)}"


def facets_frame(answer):
    """The search's facets as one long table: facet, value, count."""
    rows = [(f, v["value"], v["count"]) for f in FACETS for v in answer["facets"].get(f, [])]
    return pd.DataFrame(rows, columns=["facet", "value", "count"])


def timeline(api, params, out):
    """Matches per month from the search's date facet, as a bar chart."""
    answer = api.search(**params, size=1, interval="month")
    dates = pd.DataFrame(answer["facets"]["date"], columns=["value", "count"])
    fig, ax = plt.subplots(figsize=(8, 3))
    ax.bar(dates["value"], dates["count"], color="#3b6ea5")
    ax.set_title(f"Articles per {answer['dateInterval']}" + (f" matching {params['q']!r}" if params.get("q") else ""))
    ax.set_ylabel(answer["counting"])
    ax.tick_params(axis="x", labelrotation=90, labelsize=7)
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return dates, answer["undated"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default="http://localhost:8080", help="where Facetwire runs")
    ap.add_argument("--query", default="", help="search text (empty: every article)")
    ap.add_argument("--token", help="read token, if the server needs one")
    ap.add_argument("--out", default="out", help="folder for the CSV files and the PNG")
    ap.add_argument("--page-size", type=int, default=50, help="hits per page of the paged search (1 to 100)")
    ap.add_argument("--pages", type=int, default=3, help="pages of the search to read")
    ap.add_argument("--check", action="store_true", help="verify the export against the search (for CI)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    api = Facetwire(args.url, args.token)
    scope = {"q": args.query, "group": "none"}

    # 1. A search, paged into a DataFrame.
    first = api.search(**scope, size=1)
    results = pd.DataFrame(api.pages(scope, args.page_size, args.pages))
    results[["id", "title", "outlet", "date"]].to_csv(out / "results.csv", index=False)
    print(f"search {args.query!r}: {first['total']} {first['counting']}, {len(results)} read in pages")

    # 2. Its facets.
    facets = facets_frame(first)
    facets.to_csv(out / "facets.csv", index=False)
    print("top people:", ", ".join(facets[facets.facet == "people"].head(5)["value"]) or "-")

    # 3. Every match, exported: a plain read_csv of the URL; the provenance is in a response header.
    url = api.export_url({**scope, "format": "csv", "fields": "id,title,outlet,date,people,topics"})
    export = pd.read_csv(url, storage_options=api.headers or None, keep_default_na=False)
    export.to_csv(out / "export.csv", index=False)
    with api.get("/api/export", {**scope, "format": "csv", "fields": "id"}, stream=True) as r:
        provenance = json.loads(r.headers["Facetwire-Provenance"])
    print(f"export: {len(export)} rows, index version {provenance['indexVersion']}, exported {provenance['exportedAt']}")

    # 4. A timeline.
    dates, undated = timeline(api, scope, out / "timeline.png")
    print(f"timeline: {len(dates)} months, {undated} undated -> {out / 'timeline.png'}")

    if args.check:
        problems = []
        if len(export) != first["total"] or len(export) != provenance["total"]:
            problems.append(f"export has {len(export)} rows, search total {first['total']}, provenance {provenance['total']}")
        if list(export.columns) != ["id", "title", "outlet", "date", "people", "topics"]:
            problems.append(f"export columns are {list(export.columns)}")
        if set(results["id"]) - set(export["id"]):
            problems.append("some paged search results are missing from the export")
        if len(results) != min(first["total"], args.page_size * args.pages) or facets.empty:
            problems.append(f"{len(results)} paged results, {len(facets)} facet values")
        if dates["count"].sum() + undated != first["total"] or (out / "timeline.png").stat().st_size < 1000:
            problems.append(f"timeline counts {dates['count'].sum()} + {undated} undated of {first['total']}")
        if problems:
            sys.exit("check failed: " + "; ".join(problems))
        print("check passed")


if __name__ == "__main__":
    try:
        main()
    except (FacetwireError, requests.RequestException) as e:
        sys.exit(f"facetwire: {e}")
