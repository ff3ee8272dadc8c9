package io.facetwire.api;

import io.facetwire.ingest.Article;
import io.facetwire.ingest.SolrSink;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Indexes a test's articles into the app's Solr once per test context, through the indexer's own
 * sink (so the documents are the ones the indexer writes). Each corpus's {@code Loader}, a
 * {@code @TestComponent} imported by its tests, says only which articles.
 */
public abstract class IndexedOnStart implements ApplicationRunner {
  private final SolrClient solr;

  protected IndexedOnStart(SolrClient solr) {
    this.solr = solr;
  }

  /** The articles to index. */
  protected abstract List<Article> articles() throws Exception;

  @Override
  public final void run(ApplicationArguments args) throws Exception {
    SolrSink sink = new SolrSink(solr);
    sink.write(articles());
    sink.finish();
  }
}
