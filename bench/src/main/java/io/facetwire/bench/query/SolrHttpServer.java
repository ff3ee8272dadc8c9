package io.facetwire.bench.query;

import io.facetwire.solr.ArticleFields;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Serves the benchmark index over HTTP with Solr's own {@link JettySolrRunner}, so that our API (as
 * a separate process, in {@code http://} mode) and the direct SolrJ client hit the very same Solr.
 * Embedded Solr cannot be shared between processes; this is the simplest way to give both one.
 */
final class SolrHttpServer implements AutoCloseable {
  private final JettySolrRunner jetty;

  SolrHttpServer(Path solrHome) throws Exception {
    Path solrXml = solrHome.resolve("solr.xml");
    if (!Files.exists(solrXml)) Files.writeString(solrXml, "<solr/>\n");
    jetty =
        new JettySolrRunner(
            solrHome.toString(),
            JettyConfig.builder()
                .setPort(0)
                .setContext("/solr")
                .withFilter(RecordingFilter.class, "/*")
                .build());
    jetty.start();
  }

  /** {@code http://127.0.0.1:PORT/solr/articles}, the value of {@code FACETWIRE_SOLR_URL}. */
  String coreUrl() {
    return baseUrl() + "/" + ArticleFields.COLLECTION;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + jetty.getLocalPort() + "/solr";
  }

  /**
   * Stops Solr. A stop that times out (a request still running, such as a terms facet un-inverting
   * its field at 1M) is reported, not thrown: the run's measurements are done by then and must
   * still be written.
   */
  @Override
  public void close() {
    try {
      jetty.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.err.println("Solr did not stop cleanly: interrupted");
    } catch (Exception e) {
      System.err.println("Solr did not stop cleanly: " + e);
    }
  }
}
