package io.facetwire.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.EmbeddedSolrDir;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An app without an API token takes no uploads at all, and says how to enable them. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "facetwire.seeds.enabled=false")
class IndexWithoutTokenIT {
  @LocalServerPort int port;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws IOException {
    EmbeddedSolrDir.register(registry, "facetwire-no-token-it");
  }

  @Test
  void uploadsAre403NamingTheSetting() {
    JobsApi api = new JobsApi(port);
    String line = IndexJobsIT.line("Closed", "No token is configured, so nothing is indexed.");
    for (JobsApi.Reply r :
        new JobsApi.Reply[] {
          api.upload("anything", "a.jsonl", line),
          api.post(null, MediaType.parseMediaType("application/x-ndjson"), line)
        }) {
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).contains("facetwire.security.api-token");
    }
    assertThat(api.total("Closed")).isZero();
  }
}
