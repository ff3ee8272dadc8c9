package io.facetwire.ingest.reliability;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.SolrClients;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real standalone Solr over HTTP, in this JVM, with the Facetwire core: the one kind of Solr a
 * test can pull the plug on and plug back in (same port, same index), as an operator restarting
 * Solr would. Shared with the search-api reliability tests through this module's test jar.
 */
public final class HttpSolr implements AutoCloseable {
  private final JettySolrRunner jetty;
  private int faults;

  private HttpSolr(JettySolrRunner jetty) {
    this.jetty = jetty;
  }

  /** Starts Solr on a free port with {@code home} as its Solr home (created when missing). */
  public static HttpSolr start(Path home) throws Exception {
    SolrClients.prepareHome(home);
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    JettySolrRunner jetty =
        new JettySolrRunner(home.toString(), JettyConfig.builder().setPort(0).build());
    jetty.start();
    return new HttpSolr(jetty);
  }

  /** The {@code facetwire.solr.url} that reaches this Solr. */
  public String url() {
    return "http://127.0.0.1:" + jetty.getLocalPort() + "/solr/" + ArticleFields.COLLECTION;
  }

  /** Stops Solr as a crash would look to clients: connections refused until {@link #restart()}. */
  public synchronized void stop() throws Exception {
    faults++;
    jetty.stop();
  }

  /** Starts Solr again on the same port with the same index. */
  public synchronized void restart() throws Exception {
    jetty.start(true);
  }

  /** How many times Solr was stopped: the faults a test injected. */
  public synchronized int faults() {
    return faults;
  }

  @Override
  public void close() throws Exception {
    if (jetty.isRunning()) jetty.stop();
  }
}
