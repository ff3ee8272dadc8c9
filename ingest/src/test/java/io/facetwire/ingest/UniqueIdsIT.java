package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.read.InputWalker;
import io.facetwire.solr.ArticleFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Different articles never share an id, across runs too (issue 20, part 2): before, every {@code
 * urn:} URL was one id, and a later run overwrote an earlier run's article with another story.
 */
class UniqueIdsIT extends EmptyIndexPerTest {
  @TempDir Path inputs;

  private static String line(String url, String title, String text) {
    return "{\"url\": \"" + url + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\"}\n";
  }

  private IndexReport index(String file, String... lines) throws Exception {
    Path f = inputs.resolve(file);
    Files.writeString(f, String.join("", lines));
    return indexer.index(
        InputWalker.walk(List.of(f)), new SolrSink(solr), new SolrEarlierCopies(solr));
  }

  private List<String> titles() throws Exception {
    return solr
        .query(new SolrQuery("*:*").setRows(100).setFields(ArticleFields.TITLE))
        .getResults()
        .stream()
        .map(d -> (String) d.getFieldValue(ArticleFields.TITLE))
        .sorted()
        .toList();
  }

  @Test
  void urnTagDataAndAppFragmentArticlesOfTwoRunsAreAllKept() throws Exception {
    IndexReport first =
        index(
            "run1.jsonl",
            line(
                "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427",
                "Urn one",
                "Harbour workers vote to strike on Monday."),
            line(
                "tag:example.com,2024:story-1",
                "Tag one",
                "The council approves a new cycle lane plan."),
            line("data:text/html,article", "Data one", "Flood waters recede in the river valley."),
            line(
                "https://app.example.com/#/story/1",
                "Fragment one",
                "A bakery wins the national bread prize."),
            line(
                "https://app.example.com/#!story-1",
                "Hashbang one",
                "Rail fares rise for the third year running."));
    assertThat(first.indexed()).isEqualTo(5);
    assertThat(first.duplicates()).isZero();
    IndexReport second =
        index(
            "run2.jsonl",
            line(
                "urn:uuid:6fa459ea-ee8a-3ca4-894e-db77e160355e",
                "Urn two",
                "The museum reopens after a long renovation."),
            line(
                "tag:example.com,2024:story-2",
                "Tag two",
                "A storm closes the mountain pass overnight."),
            line(
                "data:text/html,article",
                "Data two",
                "Schools extend the summer reading programme."),
            line(
                "https://app.example.com/#/story/2",
                "Fragment two",
                "The city orchestra tours three continents."),
            line(
                "https://app.example.com/#!story-2",
                "Hashbang two",
                "Farmers report an early cherry harvest."));
    assertThat(second.indexed()).isEqualTo(5);
    assertThat(second.duplicates()).isZero();
    assertThat(titles())
        .containsExactly(
            "Data one",
            "Data two",
            "Fragment one",
            "Fragment two",
            "Hashbang one",
            "Hashbang two",
            "Tag one",
            "Tag two",
            "Urn one",
            "Urn two");
  }

  @Test
  void aNewerVersionOfTheSameArticleStillReplacesIt() throws Exception {
    index(
        "a.jsonl",
        line(
            "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427",
            "First version",
            "Harbour workers vote to strike."));
    IndexReport again =
        index(
            "a.jsonl",
            line(
                "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427",
                "Second version",
                "Harbour workers vote to strike on Monday after talks fail."));
    assertThat(again.indexed()).isEqualTo(1);
    assertThat(titles()).containsExactly("Second version");
  }

  /** What an index written before the fix holds: an article under the id it had then. */
  private void indexedBeforeTheFix(String url, String title, String text, String source)
      throws Exception {
    String oldId = ArticleIds.previousId(url, title, text);
    solr.add(
        ArticleDocuments.toSolr(
            new Article(
                oldId, url, title, text, null, null, null, "en", source, null, null, null, null,
                "stale", oldId, null),
            Instant.now()));
    solr.commit();
  }

  private List<Object> ids() throws Exception {
    return solr.query(new SolrQuery("*:*").setFields(ArticleFields.ID)).getResults().stream()
        .map(d -> d.getFieldValue(ArticleFields.ID))
        .toList();
  }

  @Test
  void anArticleIndexedUnderItsOldIdIsReplacedNotDuplicated() throws Exception {
    String url = "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    String text = "Harbour workers vote to strike.";
    Path file = inputs.resolve("old.jsonl");
    indexedBeforeTheFix(url, "Old id", text, file + "#1");
    Files.writeString(file, line(url, "Old id", text));
    assertThat(
            indexer
                .index(
                    InputWalker.walk(List.of(file)),
                    new SolrSink(solr),
                    new SolrEarlierCopies(solr))
                .indexed())
        .isEqualTo(1);
    assertThat(ids()).containsExactly(ArticleIds.of(url, "Old id", text));
  }

  @Test
  void anotherSourcesArticleUnderTheOldIdWaitsForItsOwnFile() throws Exception {
    // Two urn: articles shared the old id; the one indexed last is there until its own file is read
    // again.
    indexedBeforeTheFix(
        "urn:uuid:6fa459ea-ee8a-3ca4-894e-db77e160355e",
        "Other story",
        "The museum reopens.",
        "elsewhere.jsonl#1");
    String url = "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    index("new.jsonl", line(url, "This story", "Harbour workers vote to strike."));
    assertThat(titles()).containsExactly("Other story", "This story");
  }
}
