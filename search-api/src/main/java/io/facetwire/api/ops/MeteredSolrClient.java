package io.facetwire.api.ops;

import io.facetwire.api.config.DelegatingSolrClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.util.NamedList;

/**
 * The app's {@link SolrClient}, timing every request it sends. Decorating the client (instead of
 * annotating controllers) measures what Solr costs whichever feature asks, and keeps metrics out of
 * the search code.
 *
 * <p>Meters: {@code facetwire.solr.requests} (timer; tags {@code type} query/update/admin, {@code
 * handler} such as {@code /select}, {@code outcome} success/error) and {@code
 * facetwire.indexing.documents} (counter of documents Solr accepted; its rate is the indexing
 * rate).
 */
public final class MeteredSolrClient extends DelegatingSolrClient {
  static final String REQUESTS = "facetwire.solr.requests";
  static final String INDEXED = "facetwire.indexing.documents";

  private final MeterRegistry registry;

  MeteredSolrClient(SolrClient delegate, MeterRegistry registry) {
    super(delegate);
    this.registry = registry;
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    long start = System.nanoTime();
    String outcome = "error";
    try {
      NamedList<Object> response = delegate.request(request, collection);
      outcome = "success";
      // Articles go to the client's own collection (no name given); the alias table and saved
      // searches name their core, and are not articles.
      if (collection == null
          && request instanceof UpdateRequest update
          && update.getDocuments() != null) {
        Counter.builder(INDEXED)
            .description("Articles sent to and accepted by Solr")
            .baseUnit("documents")
            .register(registry)
            .increment(update.getDocuments().size());
      }
      return response;
    } finally {
      Timer.builder(REQUESTS)
          .description("Requests to Solr, by type and handler")
          .tag("type", String.valueOf(request.getRequestType()).toLowerCase(Locale.ROOT))
          .tag("handler", String.valueOf(request.getPath()))
          .tag("outcome", outcome)
          .publishPercentileHistogram()
          .register(registry)
          .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }
}
