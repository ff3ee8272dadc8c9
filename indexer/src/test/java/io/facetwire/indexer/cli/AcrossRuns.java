package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.ExportCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * The story the alias table is for, run through the CLI against a real index: three index runs,
 * each seeing one article, then {@code resolve}. Shared by the embedded and the SolrCloud IT.
 */
final class AcrossRuns {
  private AcrossRuns() {}

  static void check(String solr, Path inputs, Supplier<SolrClient> open) throws Exception {
    // Run 1 knows only "President Trump": with nothing to go on, the lone surname is kept.
    index(solr, write(inputs, "run1", "early.txt", "Trump talks tariffs", "President Trump"));
    assertThat(people(open)).containsEntry("Trump talks tariffs", List.of("Trump"));

    // Run 2 names him in full, with a middle initial.
    index(
        solr, write(inputs, "run2", "full.txt", "Donald J. Trump visits Ohio", "Donald J. Trump"));
    // Run 3 again says only "President Trump": the alias table (run 2) places him.
    index(solr, write(inputs, "run3", "late.txt", "Trump on trade", "President Trump"));
    Map<String, List<String>> before = people(open);
    assertThat(before)
        .containsEntry("Donald J. Trump visits Ohio", List.of("Donald Trump"))
        .containsEntry("Trump on trade", List.of("Donald Trump"))
        .containsEntry("Trump talks tariffs", List.of("Trump"));

    CliRun resolve = CliRun.of("resolve", "--solr", solr);
    assertThat(resolve.exit()).as(resolve.err()).isZero();
    assertThat(resolve.err()).contains("Re-resolved 3 articles with people: 1 changed");
    assertThat(people(open))
        .containsEntry("Trump talks tariffs", List.of("Donald Trump"))
        .containsEntry("Donald J. Trump visits Ohio", List.of("Donald Trump"))
        .containsEntry("Trump on trade", List.of("Donald Trump"));
    try (SolrClient client = open.get()) {
      SolrDocument early =
          client
              .query(
                  new SolrQuery("title:tariffs")
                      .setFields(
                          ArticleFields.BODY,
                          ArticleFields.DATE_DAY,
                          ArticleFields.docValuesCopy(ArticleFields.PEOPLE)))
              .getResults()
              .get(0);
      // rewritten from its stored fields: the body, the day bucket and the export copy follow
      assertThat((String) early.getFieldValue(ArticleFields.BODY)).contains("President Trump");
      assertThat(early.getFieldValue(ArticleFields.DATE_DAY)).isEqualTo("2024-05-02");
      assertThat(
              ExportCopies.decodeList(
                  early.getFieldValue(ArticleFields.docValuesCopy(ArticleFields.PEOPLE))))
          .containsExactly("Donald Trump");
    }

    CliRun again = CliRun.of("resolve", "--solr", solr);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("0 changed");
  }

  private static Path write(Path inputs, String run, String file, String title, String who)
      throws IOException {
    Path dir = Files.createDirectories(inputs.resolve(run));
    Files.writeString(
        dir.resolve(file),
        "date 2024-05-02\n"
            + title
            + "\n\n"
            + who
            + " said on Thursday that the new tariffs on steel would stay in place until the"
            + " talks with Canada and Mexico end. Officials in Ottawa called the move unhelpful.\n");
    return dir;
  }

  private static void index(String solr, Path dir) {
    CliRun r = CliRun.of("index", "--solr", solr, dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("warning");
  }

  /** title -> people of every indexed article. */
  private static Map<String, List<String>> people(Supplier<SolrClient> open) throws Exception {
    try (SolrClient client = open.get()) {
      Map<String, List<String>> out = new TreeMap<>();
      for (SolrDocument d :
          client
              .query(
                  new SolrQuery("*:*")
                      .setRows(100)
                      .setFields(ArticleFields.TITLE, ArticleFields.PEOPLE))
              .getResults()) {
        var people = d.getFieldValues(ArticleFields.PEOPLE);
        out.put(
            (String) d.getFieldValue(ArticleFields.TITLE),
            people == null ? List.of() : people.stream().map(String::valueOf).toList());
      }
      return out;
    }
  }
}
