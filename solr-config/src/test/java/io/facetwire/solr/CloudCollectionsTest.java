package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CloudCollectionsTest {

  @Test
  void configsetNamesCarryTheSchemaVersion() {
    assertThat(CloudCollections.configName())
        .isEqualTo("facetwire-v" + ArticleFields.CONFIGSET_VERSION);
    assertThat(CloudCollections.versionOf("facetwire-v2")).isEqualTo(OptionalInt.of(2));
    assertThat(CloudCollections.versionOf("_default")).isEmpty();
    assertThat(CloudCollections.versionOf("facetwire-vX")).isEmpty();
    assertThat(CloudCollections.versionOf(null)).isEmpty();
  }

  @Test
  void schemaNameMatchesTheConfigsetVersion() {
    assertThat(Configset.read("schema.xml"))
        .contains("name=\"facetwire-articles-" + ArticleFields.CONFIGSET_VERSION + "\"");
  }

  @Test
  void shardsAndReplicasMustBePositive() {
    assertThatThrownBy(() -> new CloudCollections.Options(0, 1, false))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new CloudCollections.Options(2, -1, false))
        .hasMessageContaining("at least 1");
  }

  @Test
  void zkLocationsKeepTheirChroot() {
    SolrLocation l = SolrLocation.parse("zk://zk1:2181,zk2:2181/solr/articles");
    assertThat(l.kind()).isEqualTo(SolrLocation.Kind.CLOUD_ZK);
    assertThat(l.urls()).containsExactly("zk1:2181", "zk2:2181");
    assertThat(l.chroot()).contains("/solr");
    assertThat(l.collection()).isEqualTo("articles");
  }
}
