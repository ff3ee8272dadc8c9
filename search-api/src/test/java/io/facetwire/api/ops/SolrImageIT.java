package io.facetwire.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.CloudCollections;
import io.facetwire.solr.SolrClients;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The configset and the API against the official Solr image in cloud mode, the image
 * docker-compose.yml runs. Skipped where Docker is not available (the reason is printed by JUnit).
 *
 * <p>SolrCloud clients talk to the node address the node registers in ZooKeeper, so the container
 * registers as {@code localhost} on a port that is the same inside and outside the container.
 */
@Testcontainers(disabledWithoutDocker = true)
class SolrImageIT {
  static final int PORT = freePort();

  @Container
  static final GenericContainer<?> SOLR =
      new GenericContainer<>("solr:9.10.1")
          .withEnv(
              Map.of(
                  "SOLR_PORT", String.valueOf(PORT), "SOLR_HOST", "localhost", "SOLR_HEAP", "512m"))
          .withCommand("solr-foreground", "-c")
          .withExposedPorts(PORT)
          .withCreateContainerCmdModifier(
              cmd ->
                  cmd.getHostConfig()
                      .withPortBindings(
                          new PortBinding(Ports.Binding.bindPort(PORT), new ExposedPort(PORT))))
          .waitingFor(
              Wait.forHttp("/solr/admin/info/health")
                  .forPort(PORT)
                  .withStartupTimeout(Duration.ofMinutes(2)));

  static String cloudUrl() {
    return "cloud:http://localhost:" + PORT + "/solr/" + ArticleFields.COLLECTION;
  }

  @Test
  void theConfigsetIsUploadedAndTheApiSearchesTheImagesSolr() throws Exception {
    try (Api api =
        Api.start(
            cloudUrl(),
            Map.of(
                "facetwire.seeds.enabled",
                "true",
                "facetwire.solr.shards",
                1,
                "facetwire.solr.replicas",
                1))) {
      try (SolrClient solr = SolrClients.open(cloudUrl())) {
        CloudCollections.State state =
            CloudCollections.state((CloudSolrClient) solr, ArticleFields.COLLECTION);
        assertThat(state.current()).isTrue();
        assertThat(state.routerField()).isEqualTo(ArticleFields.STORY_ID);
        assertThat(solr.query(new SolrQuery("body:prison").setRows(0)).getResults().getNumFound())
            .isEqualTo(2);
      }
      assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
      Api.Reply search = api.get("/api/search?q=prison");
      assertThat(search.status()).isEqualTo(200);
      assertThat(search.body().get("total").asLong()).isEqualTo(2);
      assertThat(search.body().at("/results/0/snippets/0").asText()).contains("<mark>");
      assertThat(
              List.of(
                  api.get("/api/articles/" + search.body().at("/results/0/id").asText()).status()))
          .containsExactly(200);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
