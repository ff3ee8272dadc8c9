package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facetwire.indexer.cli.IndexerCli;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.ingest.stories.EarlierCopies;
import io.facetwire.solr.SolrClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A committed mixed corpus (HTML, text, JSON lines, CSV, WARC, junk) indexed into a real embedded
 * Solr, with exact counts: what a researcher's folder should become.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusIT {
  static final Path CORPUS = Path.of("../ingest/src/test/resources/fixtures/corpus");
  static final int ARTICLES = 8;

  @TempDir static Path home;
  SolrClient solr;
  Indexer indexer;

  @BeforeAll
  void start() {
    solr = SolrClients.open("embedded:" + home.resolve("solr"));
    indexer = Indexer.withDefaults();
  }

  @AfterAll
  void stop() throws Exception {
    indexer.close();
    solr.close();
  }

  @BeforeEach
  void empty() throws Exception {
    solr.deleteByQuery("*:*");
    solr.commit();
  }

  long count(String q) throws Exception {
    return solr.query(new SolrQuery(q).setRows(0)).getResults().getNumFound();
  }

  SolrDocument byUrl(String url) throws Exception {
    SolrQuery q = new SolrQuery("*:*").addFilterQuery("url:\"" + url + "\"");
    return solr.query(q).getResults().get(0);
  }

  IndexReport index(Path root, ArticleSink sink, boolean prune) {
    return indexer.index(
        InputWalker.walk(List.of(root)),
        sink,
        new SolrEarlierCopies(solr),
        (i, a) -> {},
        prune ? List.of(root) : List.of());
  }

  @Test
  void everyInputEndsInExactlyOneOutcome() throws Exception {
    IndexReport r = index(CORPUS, new SolrSink(solr), false);
    assertThat(r.inputs()).isEqualTo(9);
    assertThat(r.skipped()).as("notes/README.md").isEqualTo(1);
    assertThat(r.articles()).isEqualTo(ARTICLES);
    assertThat(r.indexed()).isEqualTo(ARTICLES);
    assertThat(r.notArticles()).as("the archive's home page and 404 page").isEqualTo(2);
    assertThat(r.undated()).isEqualTo(1);
    assertThat(r.failures())
        .extracting(IndexReport.Failure::source)
        .containsExactlyInAnyOrder(
            CORPUS.resolve("empty.txt").toString(),
            CORPUS.resolve("pages/binary.html").toString(),
            CORPUS.resolve("exports/harbour.csv") + "#3",
            CORPUS.resolve("exports/wire.jsonl") + "#3");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(count("*:*")).isEqualTo(ARTICLES);
    assertThat(count("outlet:\"Harbour News\"")).isEqualTo(1);
    assertThat(count("outlet:\"Lakeside Courier\"")).isEqualTo(1);
    assertThat(count("-date:*")).isEqualTo(1);
  }

  @Test
  void syndicatedCopiesShareTheStoryOfTheFirstCopy() throws Exception {
    IndexReport r = index(CORPUS, new SolrSink(solr), false);
    assertThat(r.duplicates()).as("the Herald ran the wire text verbatim").isEqualTo(1);
    assertThat(r.nearDuplicates()).as("the Gazette edited it").isEqualTo(1);
    SolrDocument wire = byUrl("https://daily-post.example/flood-warnings");
    String story = (String) wire.getFieldValue("story_id");
    assertThat(story).isEqualTo(wire.getFieldValue("id"));
    assertThat(count("story_id:" + story)).isEqualTo(3);
    assertThat(byUrl("https://valley-herald.example/news/floods").getFieldValue("story_id"))
        .isEqualTo(story);
    assertThat(byUrl("https://coast-gazette.example/floods-aldmoor").getFieldValue("story_id"))
        .isEqualTo(story);
    SolrDocument budget = byUrl("https://daily-post.example/budget");
    assertThat(budget.getFieldValue("story_id")).isEqualTo(budget.getFieldValue("id"));
  }

  @Test
  void aSecondRunWritesNothingAndKeepsTheStories() throws Exception {
    index(CORPUS, new SolrSink(solr), false);
    IndexReport again = index(CORPUS, new SolrSink(solr), false);
    assertThat(again.indexed()).isZero();
    assertThat(again.unchanged()).isEqualTo(ARTICLES);
    assertThat(count("*:*")).isEqualTo(ARTICLES);
  }

  @Test
  void aStoryIndexedInAnEarlierRunIsFoundInSolr() throws Exception {
    index(CORPUS.resolve("exports"), new SolrSink(solr), false);
    IndexReport pages = index(CORPUS.resolve("pages"), new SolrSink(solr), false);
    assertThat(pages.nearDuplicates()).isEqualTo(2);
    String story =
        (String) byUrl("https://daily-post.example/flood-warnings").getFieldValue("story_id");
    assertThat(count("story_id:" + story)).isEqualTo(3);
  }

  @Test
  void withoutEarlierCopiesALaterRunDoesNotFindTheStory() throws Exception {
    index(CORPUS.resolve("exports"), new SolrSink(solr), false);
    indexer.index(
        InputWalker.walk(List.of(CORPUS.resolve("pages"))), new SolrSink(solr), EarlierCopies.NONE);
    String story =
        (String) byUrl("https://daily-post.example/flood-warnings").getFieldValue("story_id");
    assertThat(count("story_id:" + story)).as("the sink alone groups nothing").isEqualTo(1);
  }

  @Test
  void aRunKilledHalfWayThenRunAgainEndsWithExactlyTheRightArticles() throws Exception {
    ArticleSink dying =
        new ArticleSink() {
          final SolrSink real = new SolrSink(solr);

          @Override
          public Written write(List<Article> batch) {
            real.write(batch.subList(0, batch.size() / 2));
            throw new IllegalStateException("killed");
          }

          @Override
          public void finish() {}
        };
    assertThatThrownBy(() -> index(CORPUS, dying, false)).hasMessageContaining("killed");
    IndexReport rerun = index(CORPUS, new SolrSink(solr), false);
    assertThat(rerun.indexed() + rerun.unchanged()).isEqualTo(ARTICLES);
    assertThat(count("*:*")).isEqualTo(ARTICLES);
    assertThat(index(CORPUS, new SolrSink(solr), false).indexed()).isZero();
  }

  @Test
  void pruneDeletesArticlesWhoseFilesAreGoneOrNoLongerHoldThem(@TempDir Path dir) throws Exception {
    copy(CORPUS, dir);
    index(dir, new SolrSink(solr), true);
    assertThat(count("*:*")).isEqualTo(ARTICLES);
    Files.delete(dir.resolve("pages/herald-flood.html"));
    Path jsonl = dir.resolve("exports/wire.jsonl");
    List<String> lines = Files.readAllLines(jsonl);
    Files.write(
        jsonl, List.of(lines.get(0), lines.get(2), lines.get(3))); // the budget story is gone
    IndexReport r = index(dir, new SolrSink(solr), true);
    assertThat(r.pruned()).isEqualTo(2);
    assertThat(count("*:*")).isEqualTo(ARTICLES - 2);
    assertThat(count("url:\"https://daily-post.example/budget\"")).isZero();
    assertThat(index(dir, new SolrSink(solr), true).pruned()).isZero();
  }

  @Test
  void anArticleThatMovedToAnotherFileSurvivesThePruneOfTheOldOne(@TempDir Path dir)
      throws Exception {
    Path page = CORPUS.resolve("pages/gazette-flood.html");
    Files.copy(page, dir.resolve("a.html"));
    index(dir, new SolrSink(solr), true);
    Files.move(dir.resolve("a.html"), dir.resolve("b.html"));
    IndexReport r = index(dir, new SolrSink(solr), true);
    assertThat(r.pruned()).isZero();
    assertThat(count("*:*")).isEqualTo(1);
    assertThat(byUrl("https://coast-gazette.example/floods-aldmoor").getFieldValue("source"))
        .isEqualTo(dir.resolve("b.html").toString());
  }

  @Test
  void theCliWritesAJsonReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");
    int code =
        IndexerCli.run(
            "index",
            "--dry-run",
            "--report",
            report.toString(),
            CORPUS.resolve("exports").toString());
    assertThat(code).isEqualTo(2);
    JsonNode json = JsonMapper.builder().build().readTree(report.toFile());
    assertThat(json.at("/counts/articles").asInt()).isEqualTo(4);
    assertThat(json.at("/counts/failed").asInt()).isEqualTo(2);
    assertThat(json.at("/failures/0/reason").asText()).isNotBlank();
    assertThat(json.at("/exitCode").asInt()).isEqualTo(2);
  }

  @Test
  void exportColumnsCanBeNamedOnTheCommandLine() {
    String csv = "../ingest/src/test/resources/fixtures/formats/custom-columns.csv";
    assertThat(IndexerCli.run("index", "--dry-run", csv))
        .as("no text column without --field")
        .isEqualTo(2);
    assertThat(
            IndexerCli.run(
                "index", "--dry-run", "--field", "title=hed", "--field", "text=story_text", csv))
        .isZero();
    assertThat(IndexerCli.run("index", "--dry-run", "--field", "headline=hed", csv))
        .as("unknown field: a usage error")
        .isEqualTo(64);
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
