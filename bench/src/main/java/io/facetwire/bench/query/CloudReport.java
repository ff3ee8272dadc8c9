package io.facetwire.bench.query;

import java.util.Locale;

/**
 * A {@link CloudResult} as the Markdown tables of docs/benchmarks.md's SolrCloud section, with each
 * SolrCloud figure beside its ratio to the single core measured in the same run.
 */
public final class CloudReport {
  private CloudReport() {}

  public static String markdown(CloudResult r) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "%,d articles; SolrCloud: %d Jetty nodes and ZooKeeper in one JVM, 1 replica per shard;"
                + " %.0f s measured per client count and deployment.%n%n",
            r.articles(),
            r.nodes(),
            r.secondsPerLevel()));
    md.append("| deployment | clients | API p50 | p95 | p99 | q/s | Solr p50 | p95 | p99 | q/s |")
        .append(" API p50 / single core | load avg |\n")
        .append(
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (CloudResult.Level l : r.levels()) {
      double base = single(r, l.clients());
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |%n",
              l.deployment(),
              l.clients(),
              l.api().p50(),
              l.api().p95(),
              l.api().p99(),
              l.api().throughput(),
              l.solr().p50(),
              l.solr().p95(),
              l.solr().p99(),
              l.solr().throughput(),
              base == 0 ? 0 : l.api().p50() / base,
              l.loadAverage()));
    }
    md.append("\n| deployment | ingest articles/s (our SolrSink) | CPU s | index MB | load avg |")
        .append(" export 10,000 rows/s API (Solr) | export 100,000 rows/s API (Solr) |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (int i = 0; i < r.ingests().size() && i < r.exports().size(); i++) {
      CloudResult.Ingest in = r.ingests().get(i);
      CloudResult.Exports ex = r.exports().get(i);
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %.0f | %,d | %.2f | %,.0f (%,.0f) | %,.0f (%,.0f) |%n",
              in.deployment(),
              in.perSecond(),
              in.cpuSeconds(),
              in.indexBytes() >> 20,
              in.loadAverage(),
              ex.small().apiRowsPerSecond(),
              ex.small().solrRowsPerSecond(),
              ex.bulk().apiRowsPerSecond(),
              ex.bulk().solrRowsPerSecond()));
    }
    md.append("\nCounts (total, facets, distinct values) against the single core: ");
    for (CloudResult.Comparison c : r.comparisons()) {
      md.append(c.deployment())
          .append(
              c.identical()
                  ? " identical for all " + c.queries() + " queries"
                  : " differ for " + String.join(", ", c.differing()))
          .append("; ");
    }
    md.setLength(md.length() - 2);
    md.append(".\n");
    for (CloudResult.Comparison c : r.comparisons()) {
      if (c.identical()) continue;
      md.append("\nFirst differing count per query, ").append(c.deployment()).append(":\n\n");
      for (String d : c.differences()) md.append("- `").append(d).append("`\n");
    }
    return md.toString();
  }

  private static double single(CloudResult r, int clients) {
    return r.levels().stream()
        .filter(l -> l.shards() == 0 && l.clients() == clients)
        .mapToDouble(l -> l.api().p50())
        .findFirst()
        .orElse(0);
  }
}
