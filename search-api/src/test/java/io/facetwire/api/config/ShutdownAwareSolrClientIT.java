package io.facetwire.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facetwire.solr.SolrClients;
import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real embedded Solr whose container was shut down, as it is while the app stops. */
class ShutdownAwareSolrClientIT {
  @TempDir Path home;

  @Test
  void aSolrShutDownSaysSoByTheExceptionType() throws Exception {
    SolrClient embedded = SolrClients.open("embedded:" + home);
    embedded.close();
    // Solr says "shutting down" as a server-side (5xx) SolrException from the container, or (a
    // closed
    // client or pool) as an IllegalStateException, which elsewhere means a bug: through the
    // decorator both carry the outage in their type, so the API answers 503 without reading text.
    SolrClient client = new ShutdownAwareSolrClient(embedded);
    assertThatThrownBy(() -> client.query(new SolrQuery("*:*")))
        .satisfiesAnyOf(
            e -> assertThat(e).isInstanceOf(SolrServerException.class),
            e ->
                assertThat(e)
                    .isInstanceOfSatisfying(
                        SolrException.class,
                        s -> assertThat(s.code()).isGreaterThanOrEqualTo(500)));
  }
}
