package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded index made by another schema version is detected before Solr opens it, and its
 * configset is not replaced (replacing it is what corrupted schema-5 indexes under schema 6).
 */
class OutdatedIndexTest {
  @TempDir Path home;

  @Test
  void anOlderIndexIsRefusedAndItsConfigsetLeftAlone() throws Exception {
    Path core = coreWithSchema(5);
    commitEmptyIndex(core);
    String before = Files.readString(core.resolve("conf/schema.xml"));

    assertThatThrownBy(() -> SolrClients.prepareHome(home))
        .isInstanceOfSatisfying(
            OutdatedIndexException.class,
            e -> {
              assertThat(e.found()).isEqualTo(5);
              assertThat(e.getMessage())
                  .doesNotContain("\n")
                  .contains("schema 5")
                  .contains("schema " + ArticleFields.CONFIGSET_VERSION)
                  .contains("reindex --solr embedded:" + home);
            });
    assertThat(Files.readString(core.resolve("conf/schema.xml"))).isEqualTo(before);
  }

  @Test
  void aNewerIndexIsRefusedToo() throws Exception {
    commitEmptyIndex(coreWithSchema(ArticleFields.CONFIGSET_VERSION + 1));
    assertThatThrownBy(() -> SolrClients.prepareHome(home))
        .isInstanceOf(OutdatedIndexException.class)
        .hasMessageContaining("newer Facetwire");
  }

  @Test
  void aCoreWithoutAnIndexSimplyGetsTheCurrentConfigset() throws Exception {
    Path core = coreWithSchema(5);
    SolrClients.prepareHome(home);
    assertThat(SchemaVersion.ofCore(core)).hasValue(ArticleFields.CONFIGSET_VERSION);
    SolrClients.prepareHome(home); // and a current index is opened again as it is
  }

  @Test
  void theVersionIsReadFromTheSchemaName() {
    assertThat(SchemaVersion.of(Configset.read("schema.xml")))
        .hasValue(ArticleFields.CONFIGSET_VERSION);
    assertThat(SchemaVersion.of("<schema name=\"example\" version=\"1.6\">")).isEmpty();
  }

  private Path coreWithSchema(int version) throws Exception {
    Path core = home.resolve(ArticleFields.COLLECTION);
    Configset.copyTo(core.resolve("conf"));
    Path schema = core.resolve("conf/schema.xml");
    Files.writeString(
        schema,
        Files.readString(schema)
            .replaceFirst("facetwire-articles-\\d+", "facetwire-articles-" + version));
    return core;
  }

  private static void commitEmptyIndex(Path core) throws Exception {
    Path index = Files.createDirectories(core.resolve("data/index"));
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      w.commit();
    }
  }
}
