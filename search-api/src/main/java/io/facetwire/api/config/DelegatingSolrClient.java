package io.facetwire.api.config;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;

/**
 * A {@link SolrClient} that adds something to every request (a time budget, metrics) and passes it
 * on. The app stacks such decorators; {@link #unwrap} gives the client underneath them all, for
 * checks that must not be decorated or that need the concrete kind (e.g. SolrCloud state).
 */
public abstract class DelegatingSolrClient extends SolrClient {
  protected final SolrClient delegate;

  protected DelegatingSolrClient(SolrClient delegate) {
    this.delegate = delegate;
  }

  /** The client below every decorator. */
  public static SolrClient unwrap(SolrClient client) {
    SolrClient c = client;
    while (c instanceof DelegatingSolrClient d) c = d.delegate;
    return c;
  }

  @Override
  public String getDefaultCollection() {
    return delegate.getDefaultCollection();
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
