package io.facetwire.bench.indexing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.facetwire.bench.harness.Stopwatch;
import io.facetwire.ingest.Article;
import io.facetwire.ingest.ArticleDocuments;
import io.facetwire.ingest.SolrSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;

/**
 * The baseline: plain SolrJ adds of already-extracted articles (the {@code --dry-run} output),
 * built into the same Solr documents our sink writes ({@link ArticleDocuments}). Only {@code add}
 * and {@code commit} are timed, so the baseline is as fast as Solr itself can take these documents.
 */
public final class RawIngest {
  static final int BATCH = 1_000;

  /** The indexer's chunk size ({@code Indexer.CHUNK}, package-private there). */
  static final int SINK_BATCH = 256;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** How many articles were ingested, and the time spent in Solr calls. */
  public record Outcome(int articles, Stopwatch time) {}

  private RawIngest() {}

  static Outcome run(Path extractedJsonl, SolrClient solr, int limit)
      throws IOException, SolrServerException {
    Stopwatch time = new Stopwatch();
    int count = 0;
    Instant now = Instant.now();
    List<SolrInputDocument> batch = new ArrayList<>(BATCH);
    try (BufferedReader in = Files.newBufferedReader(extractedJsonl)) {
      for (String line = in.readLine(); line != null && count < limit; line = in.readLine()) {
        if (line.isBlank()) continue;
        batch.add(ArticleDocuments.toSolr(article(JSON.readTree(line)), now));
        count++;
        if (batch.size() == BATCH) {
          time.start();
          solr.add(batch);
          time.stop();
          batch = new ArrayList<>(BATCH);
        }
      }
    }
    time.start();
    if (!batch.isEmpty()) solr.add(batch);
    solr.commit();
    time.stop();
    return new Outcome(count, time);
  }

  /**
   * Our {@link SolrSink} alone on the same extracted articles, in the indexer's chunks of 256: what
   * the sink costs over plain adds (its unchanged-article lookup, smaller batches), without
   * extraction.
   */
  public static Outcome viaSink(Path extractedJsonl, SolrClient solr) throws IOException {
    Stopwatch time = new Stopwatch();
    SolrSink sink = new SolrSink(solr);
    int count = 0;
    List<Article> batch = new ArrayList<>(SINK_BATCH);
    try (BufferedReader in = Files.newBufferedReader(extractedJsonl)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) continue;
        batch.add(article(JSON.readTree(line)));
        count++;
        if (batch.size() == SINK_BATCH) {
          time.start();
          sink.write(batch);
          time.stop();
          batch = new ArrayList<>(SINK_BATCH);
        }
      }
    }
    time.start();
    sink.write(batch);
    sink.finish();
    time.stop();
    return new Outcome(count, time);
  }

  /**
   * The article back from its dry-run JSON line (dates are instants there, so the offset is UTC).
   */
  static Article article(JsonNode j) {
    String date = text(j, "date");
    return new Article(
        text(j, "id"),
        text(j, "url"),
        text(j, "title"),
        text(j, "body"),
        date == null ? null : OffsetDateTime.parse(date),
        text(j, "outlet"),
        text(j, "byline"),
        text(j, "lang"),
        text(j, "source"),
        strings(j, "people"),
        strings(j, "topics"),
        strings(j, "orgs"),
        strings(j, "places"),
        text(j, "content_hash"),
        text(j, "story_id"),
        strings(j, "story_bands"));
  }

  private static String text(JsonNode j, String field) {
    JsonNode v = j.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode j, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = j.get(field);
    if (v != null) v.forEach(x -> out.add(x.asText()));
    return out;
  }
}
