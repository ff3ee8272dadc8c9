package io.facetwire.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.TimeRouting;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docker-compose.cluster.yml (three Solr nodes over docker-compose.yml) consistent without
 * Docker: its node is pinned like the others, the API waits for it, the API and the indexer get the
 * same collection settings, and the defaults are values the app accepts.
 */
class DockerClusterComposeTest {
  static Map<String, Object> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void parse() throws IOException {
    DockerComposeTest.parse();
    Map<String, Object> compose =
        new Yaml()
            .load(Files.readString(DockerComposeTest.ROOT.resolve("docker-compose.cluster.yml")));
    services = (Map<String, Object>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> env(String service) {
    return (Map<String, Object>) DockerComposeTest.map(services.get(service)).get("environment");
  }

  @Test
  void aThirdSolrNodeLikeTheOthersThatTheApiWaitsFor() {
    Map<String, Object> solr3 = DockerComposeTest.map(services.get("solr3"));
    assertThat(solr3.get("image")).isEqualTo(DockerComposeTest.service("solr1").get("image"));
    assertThat(env("solr3")).containsEntry("ZK_HOST", "zookeeper:2181");
    assertThat(env("solr3")).containsEntry("SOLR_HOST", "solr3");
    assertThat(solr3).containsKey("healthcheck");
    Map<String, Object> apiDeps =
        DockerComposeTest.map(DockerComposeTest.map(services.get("api")).get("depends_on"));
    assertThat(DockerComposeTest.map(apiDeps.get("solr3")))
        .containsEntry("condition", "service_healthy");
    // Ports stay distinct from the base file's.
    assertThat(solr3.get("ports")).isEqualTo(List.of("8985:8983"));
  }

  @Test
  void theApiAndTheIndexerCreateAndUseTheSameCollection() {
    assertThat(env("indexer")).isEqualTo(env("api"));
    Map<String, String> defaults = new java.util.HashMap<>();
    env("api")
        .forEach((k, v) -> defaults.put(k, DockerComposeTest.withDefaults(String.valueOf(v))));
    assertThat(Integer.parseInt(defaults.get("FACETWIRE_SOLR_SHARDS"))).isEqualTo(3);
    assertThat(Integer.parseInt(defaults.get("FACETWIRE_SOLR_REPLICAS"))).isEqualTo(2);
    // The defaults parse as the app parses them.
    assertThat(
            TimeRouting.parse(
                    defaults.get("FACETWIRE_SOLR_TIME_ROUTING"),
                    defaults.get("FACETWIRE_SOLR_TIME_ROUTING_START"))
                .enabled())
        .isFalse();
    assertThat(
            TimeRouting.parse("month", defaults.get("FACETWIRE_SOLR_TIME_ROUTING_START")).start())
        .hasToString("2000-01-01");
  }
}
