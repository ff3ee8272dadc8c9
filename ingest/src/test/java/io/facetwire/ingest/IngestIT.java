package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.ArticleFields;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;

/**
 * The front door as the app uses it: inputs in, a report out, the articles in Solr with every field
 * the pipeline computes (language, entities, topics, content hash, story).
 */
class IngestIT extends EmptyIndexPerTest {
  static final Path MIXED = Path.of("src/test/resources/fixtures/mixed");

  @Test
  void indexesInputsAndAccountsForEachOne() throws Exception {
    List<int[]> heard = new ArrayList<>();
    IndexReport report =
        Ingest.into(solr)
            .threads(2)
            .progress((inputs, articles) -> heard.add(new int[] {inputs, articles}))
            .run(
                Stream.of(
                    Ingest.input("good.html", MIXED.resolve("good.html")),
                    Ingest.input("cycle-lanes.txt", MIXED.resolve("cycle-lanes.txt")),
                    Ingest.input("empty.txt", new byte[0])));

    assertThat(report.inputs()).isEqualTo(3);
    assertThat(report.indexed()).isEqualTo(2);
    assertThat(report.failed() + report.skipped()).isEqualTo(1);
    assertThat(heard).isNotEmpty();
    assertThat(heard.get(heard.size() - 1)[0]).isEqualTo(3);
    for (SolrDocument d : solr.query(new SolrQuery("*:*").setRows(10)).getResults()) {
      assertThat(d.getFieldValue(ArticleFields.CONTENT_HASH)).isNotNull();
      assertThat(d.getFieldValue(ArticleFields.STORY_ID)).isNotNull();
      assertThat(d.getFieldValue(ArticleFields.LANG)).isEqualTo("en");
    }
  }

  @Test
  void aSecondRunOfTheSameInputsChangesNothing() {
    byte[] text =
        "Harbour workers vote to strike\n\nHarbour workers in Rotterdam voted on Monday to strike."
            .getBytes(StandardCharsets.UTF_8);
    Ingest ingest = Ingest.into(solr).threads(1);
    assertThat(ingest.run(Stream.of(Ingest.input("strike.txt", text))).indexed()).isEqualTo(1);
    IndexReport again = ingest.run(Stream.of(Ingest.input("strike.txt", text)));
    assertThat(again.indexed()).isZero();
    assertThat(again.unchanged()).isEqualTo(1);
  }

  @Test
  void namesMergeWithThoseOfEarlierRunsThroughTheAliasTable() throws Exception {
    Ingest ingest = Ingest.into(solr).threads(1);
    ingest.run(
        Stream.of(
            Ingest.input("full.txt", story("Donald J. Trump visits Ohio", "Donald J. Trump"))));
    ingest.run(Stream.of(Ingest.input("late.txt", story("Trump on trade", "President Trump"))));

    SolrDocument late =
        solr.query(new SolrQuery("title:trade").setFields(ArticleFields.PEOPLE))
            .getResults()
            .get(0);
    assertThat(late.getFieldValues(ArticleFields.PEOPLE)).containsExactly("Donald Trump");
  }

  private static byte[] story(String title, String who) {
    return (title
            + "\n\n"
            + who
            + " spoke to reporters in Columbus on Thursday about jobs and trade. "
            + "He said factories would reopen.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void tellsReadableInputsByName() {
    assertThat(Ingest.readable(Ingest.input("a.html", new byte[0]))).isTrue();
    assertThat(Ingest.readable(Ingest.input("a.jsonl.gz", new byte[0]))).isTrue();
    assertThat(Ingest.readable(Ingest.input("a.docx", new byte[0]))).isFalse();
  }
}
