package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.ExportCopies;
import io.facetwire.solr.SchemaVersion;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.StoryKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.core.CoreContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades a real schema-5 index: one built with the configset commit 61f71dc shipped (test
 * resources, configsets/facetwire-5), where the export copies were sorted docValues under the names
 * schema 6 gave another type. Opening it is refused without touching it; {@code reindex} copies it
 * into the current schema and the index then serves and takes new articles.
 */
class ReindexCommandIT {
  @TempDir Path home;
  @TempDir Path inputs;

  @Test
  void aSchema5IndexIsRefusedThenReindexedIntoTheCurrentSchema() throws Exception {
    Path core = home.resolve(ArticleFields.COLLECTION);
    buildSchema5Index(core);
    Path article =
        Files.writeString(
            inputs.resolve("harbour.txt"),
            "date 2024-05-02\nHarbour wall rebuilt after storms\n\n"
                + "The harbour wall that storms broke last winter was rebuilt, the port authority said on Thursday.\n");

    CliRun refused = CliRun.of("index", "--solr", "embedded:" + home, article.toString());
    assertThat(refused.exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(refused.err().strip())
        .doesNotContain("Exception")
        .doesNotContain("\n")
        .contains("schema 5")
        .contains("reindex --solr embedded:" + home);
    assertThat(SchemaVersion.ofCore(core)).hasValue(5);

    CliRun reindex = CliRun.of("reindex", "--solr", "embedded:" + home);
    assertThat(reindex.exit()).as(reindex.err()).isZero();
    assertThat(reindex.err())
        .contains("Reindexed 3 articles into schema " + ArticleFields.CONFIGSET_VERSION);
    assertThat(SchemaVersion.ofCore(core)).hasValue(ArticleFields.CONFIGSET_VERSION);
    Path kept = home.resolve("articles_schema5");
    assertThat(kept.resolve("core.properties.unloaded")).exists();
    assertThat(SchemaVersion.ofCore(kept)).hasValue(5);

    try (SolrClient solr = SolrClients.open("embedded:" + home)) {
      SolrQuery q =
          new SolrQuery("*:*")
              .setRows(10)
              .setSort(ArticleFields.ID, SolrQuery.ORDER.asc)
              .setFields(
                  ArticleFields.ID,
                  ArticleFields.TITLE,
                  ArticleFields.PEOPLE,
                  ArticleFields.DOC_SCHEMA,
                  ArticleFields.DATE_DAY,
                  ArticleFields.STORY_KEY,
                  ArticleFields.docValuesCopy(ArticleFields.TITLE),
                  ArticleFields.docValuesCopy(ArticleFields.PEOPLE));
      List<SolrDocument> docs = solr.query(q).getResults();
      assertThat(docs)
          .extracting(d -> d.getFieldValue(ArticleFields.ID))
          .containsExactly("a1", "a2", "a3");
      assertThat(docs)
          .allSatisfy(
              d -> {
                assertThat(
                        ExportCopies.decodeText(
                            d.getFieldValue(ArticleFields.docValuesCopy(ArticleFields.TITLE))))
                    .isEqualTo(d.getFieldValue(ArticleFields.TITLE));
                assertThat(d.getFieldValue(ArticleFields.DOC_SCHEMA))
                    .isEqualTo(ArticleFields.CONFIGSET_VERSION);
              });
      assertThat(
              ExportCopies.decodeList(
                  docs.get(0).getFieldValue(ArticleFields.docValuesCopy(ArticleFields.PEOPLE))))
          .containsExactly("Ana Lopez", "Tom Berg");
      // Schema 5 had no story keys: the copy's story (a1 and a3) gets one, the lone a2 none.
      assertThat(docs)
          .extracting(d -> d.getFieldValue(ArticleFields.STORY_KEY))
          .containsExactly(StoryKey.of("a1"), null, StoryKey.of("a1"));
      // The day bucket is carried over as the indexer made it (the publisher's day), not derived
      // again from UTC.
      assertThat(docs.get(0).getFieldValue(ArticleFields.DATE_DAY)).isEqualTo("2024-03-01");
      assertThat(solr.query(new SolrQuery("title:harbour")).getResults().getNumFound())
          .isEqualTo(1);
      assertThat(
              solr.query(
                      new SolrQuery("*:*").addFilterQuery(ArticleFields.PEOPLE + ":\"Tom Berg\""))
                  .getResults()
                  .getNumFound())
          .isEqualTo(2);
    }

    CliRun index = CliRun.of("index", "--solr", "embedded:" + home, article.toString());
    assertThat(index.exit()).as(index.err()).isZero();
    CliRun again = CliRun.of("reindex", "--solr", "embedded:" + home);
    assertThat(again.exit()).isZero();
    assertThat(again.err()).contains("nothing to do");
  }

  @Test
  void nothingToReindexIsAClearError() {
    CliRun r = CliRun.of("reindex", "--solr", "embedded:" + home);
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("there is no index in").doesNotContain("Exception");
  }

  private static void buildSchema5Index(Path core) throws Exception {
    Schema5Index.configset(core.resolve("conf"));
    Files.writeString(core.resolve("core.properties"), "name=" + ArticleFields.COLLECTION + "\n");
    CoreContainer container = SolrClients.container(core.getParent());
    try (EmbeddedSolrServer solr = new EmbeddedSolrServer(container, ArticleFields.COLLECTION)) {
      solr.add(Schema5Index.articles());
      solr.commit();
    } finally {
      container.shutdown();
    }
  }
}
