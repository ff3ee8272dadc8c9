package io.facetwire.bench.report;

import static io.facetwire.bench.report.Table.mb;
import static io.facetwire.bench.report.Table.num;

import io.facetwire.bench.corpus.Manifest;
import io.facetwire.bench.indexing.IndexRun;
import io.facetwire.bench.indexing.IndexingResult;
import io.facetwire.bench.query.Latencies;
import io.facetwire.bench.query.QueryResult;
import java.util.List;

/** The Markdown section for one corpus size: indexing, queries, PostgreSQL, export. */
final class ScaleReport {
  private final Manifest corpus;
  private final IndexingResult indexing;
  private final QueryResult query;
  private final StringBuilder md = new StringBuilder();

  ScaleReport(Manifest corpus, IndexingResult indexing, QueryResult query) {
    this.corpus = corpus;
    this.indexing = indexing;
    this.query = query;
  }

  String render(String title) {
    md.append("## ").append(title).append("\n\n");
    md.append(
        String.format(
            "Corpus: %,d synthetic articles (seed %d), %,d of them syndicated copies, %d outlets, "
                + "%,d words (%,d per article on average), %s of HTML.%n%n",
            corpus.articles(),
            corpus.seed(),
            corpus.syndicated(),
            corpus.outlets(),
            corpus.words(),
            corpus.words() / Math.max(1, corpus.articles()),
            mb(corpus.htmlBytes())));
    if (indexing != null) indexing();
    if (query != null) queries();
    return md.toString();
  }

  private void indexing() {
    md.append("### Indexing\n\n");
    md.append(
        String.format(
            "One JVM (heap limit %s), %d extraction threads, phases one after another; "
                + "a warm-up on part of the corpus first.%n%n",
            mb(indexing.heapMaxBytes()), indexing.threads()));
    Table t =
        new Table(
            "run",
            "what",
            "articles",
            "wall s",
            "articles/s",
            "MB/s",
            "articles per CPU-s",
            "time in sink s",
            "peak heap",
            "index on disk",
            "load avg");
    for (IndexRun r : indexing.runs()) {
      t.row(
          r.name(),
          r.description(),
          r.articles(),
          num(r.seconds()),
          num(r.articlesPerSecond()),
          num(r.megabytesPerSecond()),
          num(r.articlesPerCpuSecond()),
          num(r.sinkSeconds()),
          mb(r.peakHeapBytes()),
          r.indexBytes() == 0 ? "" : mb(r.indexBytes()),
          num(r.loadAverage()));
    }
    md.append(t);
    IndexRun ours = indexing.run("ours-html");
    IndexRun jsonl = indexing.run("ours-jsonl");
    IndexRun raw = indexing.run("raw-solrj");
    if (ours != null && raw != null) {
      md.append(
          String.format(
              "- **Ratio ours/raw (HTML, articles/s)**: %.2f by wall time, %.2f by CPU time (target >= 0.6).%n",
              ours.articlesPerSecond() / raw.articlesPerSecond(),
              ours.articlesPerCpuSecond() / raw.articlesPerCpuSecond()));
    }
    if (jsonl != null && raw != null) {
      md.append(
          String.format(
              "- **JSON lines end to end**: %s articles/s (target >= 1,000); ratio to raw %.2f (wall), %.2f (CPU).%n",
              num(jsonl.articlesPerSecond()),
              jsonl.articlesPerSecond() / raw.articlesPerSecond(),
              jsonl.articlesPerCpuSecond() / raw.articlesPerCpuSecond()));
    } else if (jsonl != null) {
      md.append(
          String.format(
              "- **JSON lines end to end**: %s articles/s (target >= 1,000); raw SolrJ not run at this size.%n",
              num(jsonl.articlesPerSecond())));
    } else {
      md.append(
          "- **JSON lines end to end**: not measured: the indexer at this commit does not read `.jsonl` "
              + "(the harness picks it up as soon as `FormatReader` does).\n");
    }
    if (query != null && query.postgresLoad() != null) {
      QueryResult.PgLoad pg = query.postgresLoad();
      md.append(
          String.format(
              "- **PostgreSQL load** of the same extracted articles (COPY, then tsvector + GIN and other indexes): "
                  + "%s s, %s articles/s, %s on disk; raw Solr ingest took %s s.%n",
              num(pg.seconds()),
              num(pg.articles() / pg.seconds()),
              mb(pg.tableBytes()),
              raw == null ? "?" : num(raw.seconds())));
    }
    md.append('\n');
  }

  private void queries() {
    md.append("### Queries\n\n");
    md.append(
        String.format(
            "Each request is a full search page (10 results, people/topic/outlet facets, monthly "
                + "histogram, highlighted snippets). Closed loop, %s s per target and client count, in alternating slices "
                + "(API, Solr, PostgreSQL, then again) after a warm-up%s. Latencies in ms.%n%n",
            num(query.secondsPerLevel()),
            query.warmUp() == null
                ? ""
                : String.format(
                    " (%s API requests, %s Solr direct requests)",
                    num(query.warmUp().apiRequests()), num(query.warmUp().solrRequests()))));
    Table t =
        new Table(
            "clients", "target", "p50", "p95", "p99", "mean", "requests/s", "requests", "errors");
    for (QueryResult.Level l : query.levels()) {
      row(t, l.clients(), "our API (HTTP, JSON)", l.api());
      row(t, l.clients(), "Solr direct (SolrJ, same params)", l.solr());
      if (l.postgres() != null) row(t, l.clients(), "PostgreSQL (tsvector/GIN)", l.postgres());
    }
    md.append(t);
    Table r =
        new Table(
            "clients",
            "API/Solr p50",
            "API/Solr p99",
            "API/Solr throughput",
            "PostgreSQL/API p50",
            "PostgreSQL/API throughput");
    for (QueryResult.Level l : query.levels()) {
      r.row(
          l.clients(),
          num(l.p50Ratio()),
          num(l.api().p99() / l.solr().p99()),
          num(l.api().throughput() / l.solr().throughput()),
          l.postgres() == null ? "" : num(l.postgres().p50() / l.api().p50()),
          l.postgres() == null ? "" : num(l.postgres().throughput() / l.api().throughput()));
    }
    md.append(
            "Ratios (targets: API/Solr latency <= 1.15; at 1M articles p50 <= 30 ms and p99 <= 150 ms with one client):\n\n")
        .append(r);
    Table q =
        new Table(
            "query",
            "kind",
            "API request",
            "facet filters",
            "total (API / Solr / PostgreSQL)",
            "API p50",
            "Solr p50",
            "PostgreSQL p50",
            "grouped by Solr");
    for (int i = 0; i < query.mix().size(); i++) {
      QueryResult.QueryInfo m = query.mix().get(i);
      QueryResult.PerQuery p = query.perQuery().get(i);
      q.row(
          m.name(),
          m.kind(),
          "`" + m.apiQuery() + "`",
          m.facetFilters(),
          m.apiTotal()
              + " / "
              + m.solrTotal()
              + " / "
              + (m.postgresTotal() < 0 ? "-" : m.postgresTotal()),
          num(p.apiP50()),
          num(p.solrP50()),
          p.postgresP50() == 0 ? "-" : num(p.postgresP50()),
          m.grouped() ? "yes" : "no");
    }
    md.append("The mix, with single-client medians per query:\n\n").append(q);
    if (query.analytics() != null && !query.analytics().isEmpty()) analytics(md, query.analytics());
    md.append("### Export\n\n");
    export(
        md,
        query.export(),
        "First %,d rows of every article, the export of the query mix (target >= 50,000 rows/s):%n%n");
    if (query.bulkExport() != null) {
      export(
          md,
          query.bulkExport(),
          "First %,d rows of every article, where the start of an export (its first request, "
              + "and Solr's first page before its first row) weighs less:%n%n");
    }
  }

  /**
   * Timeline and compare (issue 18), one client, beside the mix; six queries against one timeline.
   */
  private static void analytics(StringBuilder md, List<QueryResult.Analytics> analytics) {
    Table a =
        new Table(
            "request",
            "API request",
            "Solr requests",
            "API p50",
            "API p99",
            "Solr p50",
            "Solr p99",
            "API/Solr p50");
    for (QueryResult.Analytics x : analytics) {
      if (x.error() != null) {
        a.row(x.name(), "`" + x.apiRequest() + "`", "failed: " + x.error(), "", "", "", "", "");
        continue;
      }
      a.row(
          x.name(),
          "`" + x.apiRequest() + "`",
          x.solrRequests(),
          num(x.apiP50()),
          num(x.apiP99()),
          num(x.solrP50()),
          num(x.solrP99()),
          num(x.p50Ratio()));
    }
    md.append(
            "Research analytics, single client, measured after the mix (targets at 1M articles: timeline and compare "
                + "p50 <= 150 ms; compare of 6 queries <= 2x one timeline):\n\n")
        .append(a);
    QueryResult.Analytics one =
        analytics.stream().filter(x -> x.name().equals("timeline")).findFirst().orElse(null);
    QueryResult.Analytics six =
        analytics.stream()
            .filter(x -> x.name().equals("compare 6 queries"))
            .findFirst()
            .orElse(null);
    if (one != null && six != null && one.apiP50() > 0 && six.error() == null) {
      md.append(
          String.format(
              "Compare of 6 queries / one timeline, API p50: %s.%n%n",
              num(six.apiP50() / one.apiP50())));
    }
  }

  private static void export(StringBuilder md, QueryResult.Export e, String title) {
    Table x = new Table("target", "rows", "seconds", "rows/s");
    x.row(
        "our API `/api/export?format=jsonl`",
        "ok".equals(e.apiStatus()) ? e.apiRows() : e.apiStatus(),
        "ok".equals(e.apiStatus()) ? num(e.apiSeconds()) : "",
        "ok".equals(e.apiStatus()) ? num(e.apiRowsPerSecond()) : "");
    x.row(
        "Solr direct, "
            + (e.solrMethod() == null
                ? "cursorMark pages of 1,000, stored fields"
                : e.solrMethod()),
        e.solrRows(),
        num(e.solrSeconds()),
        num(e.solrRowsPerSecond()));
    if (e.postgresRows() > 0)
      x.row(
          "PostgreSQL, cursor fetch 1,000",
          e.postgresRows(),
          num(e.postgresSeconds()),
          num(e.postgresRowsPerSecond()));
    md.append(String.format(title, e.limit())).append(x);
  }

  private static void row(Table t, int clients, String target, Latencies l) {
    t.row(
        clients,
        target,
        num(l.p50()),
        num(l.p95()),
        num(l.p99()),
        num(l.mean()),
        num(l.throughput()),
        l.requests(),
        l.errors());
  }
}
