package io.facetwire.api.seed;

import io.facetwire.api.config.FacetwireProperties;
import io.facetwire.ingest.IndexReport;
import io.facetwire.ingest.Ingest;
import io.facetwire.ingest.read.InputDoc;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Indexes the bundled sample articles when the index is empty, so a fresh start shows something to
 * search. Runs before the app reports ready; an index with articles is never touched.
 */
@Component
class SeedLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
  private final SolrClient solr;
  private final FacetwireProperties properties;

  SeedLoader(SolrClient solr, FacetwireProperties properties) {
    this.solr = solr;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    if (!properties.seeds().enabled()) return;
    long count;
    try {
      count = solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    } catch (Exception e) {
      log.warn(
          "Solr is not reachable at start ({}); seeds not checked. Searches answer 503 until it is.",
          e.getMessage());
      return;
    }
    if (count > 0) return;
    List<InputDoc> docs = seeds();
    if (docs.isEmpty()) return;
    IndexReport report = Ingest.into(solr).run(docs.stream());
    log.info("Indexed the sample articles: {}", report.summary().strip());
  }

  private List<InputDoc> seeds() throws IOException {
    Resource[] found =
        new PathMatchingResourcePatternResolver().getResources(properties.seeds().location());
    List<InputDoc> docs = new ArrayList<>();
    for (Resource r : found) {
      if (!r.isReadable() || r.getFilename() == null) continue;
      try (InputStream in = r.getInputStream()) {
        docs.add(Ingest.input("seeds/" + r.getFilename(), in.readAllBytes()));
      }
    }
    docs.sort(Comparator.comparing(InputDoc::name));
    return docs;
  }
}
