package io.facetwire.api;

import io.facetwire.ingest.Article;
import io.facetwire.ingest.SolrSink;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.solr.client.solrj.SolrClient;

/**
 * Articles of some hundred words each from a vocabulary of tens of thousands, so that a wildcard or
 * fuzzy term has a real term dictionary to walk and an export has megabytes to write: the cost
 * tests need work that takes measurable time. Deterministic (a fixed seed).
 */
public final class WordyCorpus {
  private static final String LETTERS = "abcdefghijklmnoprstuvw";

  private WordyCorpus() {}

  /** Indexes {@code size} articles of {@code words} words each through the indexer's own sink. */
  public static void index(SolrClient solr, int size, int words) {
    Random random = new Random(20);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) vocabulary.add(word(random));
    SolrSink sink = new SolrSink(solr);
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      StringBuilder body = new StringBuilder("said ");
      for (int w = 0; w < words; w++)
        body.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
      String id = String.format("wordy-%05d", i);
      batch.add(
          new Article(
              id,
              "https://example.org/" + id,
              "Wordy " + vocabulary.get(i),
              body.toString(),
              LocalDate.of(2020, 1, 1).plusDays(i % 1500).atTime(8, 0).atOffset(ZoneOffset.UTC),
              "Outlet " + i % 7,
              null,
              "en",
              "wordy/" + id,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              "hash-" + id,
              id,
              List.of()));
      if (batch.size() == 500) {
        sink.write(batch);
        batch.clear();
      }
    }
    sink.write(batch);
    sink.finish();
  }

  private static String word(Random random) {
    StringBuilder w = new StringBuilder();
    int length = 4 + random.nextInt(6);
    for (int i = 0; i < length; i++) w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    return w.toString();
  }
}
