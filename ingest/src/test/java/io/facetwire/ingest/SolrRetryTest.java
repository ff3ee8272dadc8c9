package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrException.ErrorCode;
import org.junit.jupiter.api.Test;

/** Only failures that can pass by themselves are retried, and the waits are spread out. */
class SolrRetryTest {

  @Test
  void ioAndServerErrorsAreTransient() {
    assertThat(
            SolrRetry.isTransient(
                new SolrServerException(new ConnectException("Connection refused"))))
        .isTrue();
    assertThat(SolrRetry.isTransient(new IOException("reset"))).isTrue();
    assertThat(
            SolrRetry.isTransient(
                new RemoteSolrException("http://solr:8983/solr", 503, "overloaded", null)))
        .isTrue();
    assertThat(SolrRetry.isTransient(new SolrException(ErrorCode.SERVER_ERROR, "boom"))).isTrue();
    assertThat(SolrRetry.isTransient(new SolrServerException("No live SolrServers available")))
        .isTrue();
  }

  @Test
  void refusalsAndBugsAreNot() {
    assertThat(
            SolrRetry.isTransient(
                new RemoteSolrException("http://solr:8983/solr", 400, "unknown field 'x'", null)))
        .isFalse();
    assertThat(
            SolrRetry.isTransient(
                new SolrServerException(new SolrException(ErrorCode.BAD_REQUEST, "bad doc"))))
        .isFalse();
    assertThat(SolrRetry.isTransient(new IllegalArgumentException("a bug"))).isFalse();
  }

  @Test
  void waitsAreJitteredBetweenHalfAndAllOfTheBackoff() {
    List<Long> waits =
        IntStream.range(0, 200).mapToObj(i -> SolrRetry.jittered(Duration.ofMillis(1000))).toList();
    assertThat(waits).allSatisfy(w -> assertThat(w).isBetween(500L, 1000L));
    assertThat(waits.stream().distinct().count()).isGreaterThan(20);
  }
}
