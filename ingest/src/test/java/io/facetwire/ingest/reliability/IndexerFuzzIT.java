package io.facetwire.ingest.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.facetwire.ingest.Article;
import io.facetwire.ingest.ArticleSink;
import io.facetwire.ingest.IndexReport;
import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.SolrEarlierCopies;
import io.facetwire.ingest.SolrSink;
import io.facetwire.ingest.read.InputDoc;
import io.facetwire.solr.SolrClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated and truncated copies of every fixture file, of every format the fixtures hold, indexed in
 * one run next to the intact originals. Whatever the damage, the run must finish, every input must
 * end up either as indexed articles or as a reported failure with a reason, and every article the
 * intact fixtures yield must be in the index.
 */
class IndexerFuzzIT {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  static final long SEED = 20261123L;

  @TempDir Path home;

  @Test
  void damagedInputsAreReportedAndEveryGoodArticleIsIndexed() throws Exception {
    List<InputDoc> originals = new ArrayList<>();
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        originals.add(InputDoc.of(f.toString(), Files.readAllBytes(f)));
      }
    }
    try (SolrClient solr = SolrClients.open("embedded:" + home);
        Indexer indexer = Indexer.withDefaults()) {
      Recording baseline = new Recording(new SolrSink(solr));
      IndexReport base = indexer.index(originals.stream(), baseline, new SolrEarlierCopies(solr));
      Set<String> goodIds = baseline.ids();
      assertThat(goodIds).as("the fixtures yield articles").isNotEmpty();
      Set<String> skipped = new HashSet<>();
      for (InputDoc doc : originals) {
        if (indexer.index(Stream.of(doc), new Recording(null)).skipped() > 0)
          skipped.add(doc.name());
      }
      assertThat(base.skipped()).isEqualTo(skipped.size());
      solr.deleteByQuery("*:*");
      solr.commit();

      List<InputDoc> inputs = new ArrayList<>();
      List<String> formats = new ArrayList<>();
      for (InputDoc doc : originals) {
        if (skipped.contains(doc.name())) continue; // not a format the indexer reads
        formats.add(Mutations.extension(doc.name()));
        inputs.addAll(Mutations.of(doc, SEED));
      }
      int mutated = inputs.size();
      inputs.addAll(originals);

      Recording run = new Recording(new SolrSink(solr));
      IndexReport report =
          assertTimeoutPreemptively(
              Duration.ofMinutes(2),
              () -> indexer.index(inputs.stream(), run, new SolrEarlierCopies(solr)));

      assertThat(report.inputs()).isEqualTo(inputs.size());
      assertThat(report.skipped()).isEqualTo(skipped.size());
      assertThat(report.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
      List<String> unaccounted = new ArrayList<>();
      for (InputDoc in : inputs) {
        boolean indexed = run.sources().stream().anyMatch(s -> s.startsWith(in.name()));
        boolean reported =
            report.failures().stream().anyMatch(f -> f.source().startsWith(in.name()));
        if (!indexed && !reported && !skipped.contains(in.name())) unaccounted.add(in.name());
      }
      // A damaged copy may still collapse into an article seen before (same id); the report counts
      // those.
      assertThat(unaccounted).hasSizeLessThanOrEqualTo(report.duplicates());
      List<String> ids = IndexedIds.all(solr);
      assertThat(ids).doesNotHaveDuplicates().containsAll(goodIds);
      assertThat(new HashSet<>(ids)).isEqualTo(run.ids());
      System.out.printf(
          "[reliability] indexer fuzz: formats %s, %d mutated inputs + %d originals, %d failures "
              + "reported, %d articles indexed, %d good fixture articles verified%n",
          new HashSet<>(formats),
          mutated,
          originals.size(),
          report.failed(),
          ids.size(),
          goodIds.size());
    }
  }

  /**
   * Passes batches on to Solr (or nowhere, when null) and remembers what the indexer handed over.
   */
  static final class Recording implements ArticleSink {
    private final ArticleSink target;
    private final List<Article> seen = new ArrayList<>();

    Recording(ArticleSink target) {
      this.target = target;
    }

    @Override
    public Written write(List<Article> batch) {
      seen.addAll(batch);
      return target == null ? new Written(0, 0) : target.write(batch);
    }

    @Override
    public void finish() {
      if (target != null) target.finish();
    }

    Set<String> ids() {
      Set<String> ids = new HashSet<>();
      seen.forEach(a -> ids.add(a.id()));
      return ids;
    }

    Set<String> sources() {
      Set<String> s = new HashSet<>();
      seen.forEach(a -> s.add(a.source()));
      return s;
    }
  }
}
