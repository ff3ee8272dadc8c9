package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.LukeRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run that wrote at least half of the index merges it down to the sink's target; a smaller run
 * leaves the segments to Lucene. The target here is one segment, so the few small segments a test
 * makes (fewer than Lucene's background merging would touch) show whether the merge ran.
 */
class MergeAfterLoadIT extends EmptyIndexPerTest {

  private static Article article(String id) {
    return article(
        id, null, "Harbour workers in Rotterdam voted on Monday to strike (" + id + ").");
  }

  /** Three articles added and committed one by one: three segments. */
  @BeforeEach
  void threeSegments() throws Exception {
    for (String id : List.of("a", "b", "c")) {
      solr.add(ArticleDocuments.toSolr(article(id), Instant.now()));
      solr.commit();
    }
    assertThat(segments()).isEqualTo(3);
  }

  private int segments() throws Exception {
    LukeRequest luke = new LukeRequest();
    luke.setNumTerms(0);
    luke.setShowSchema(false);
    return ((Number) luke.process(solr).getIndexInfo().get("segmentCount")).intValue();
  }

  /** The segments left after a run of the sink (merge target one segment) over these articles. */
  private int segmentsAfterRun(List<Article> articles) throws Exception {
    SolrSink sink = new SolrSink(solr, 1);
    sink.write(articles);
    sink.finish();
    return segments();
  }

  @Test
  void aRunThatWroteMostOfTheIndexMergesIt() throws Exception {
    assertThat(segmentsAfterRun(List.of(article("d"), article("e"), article("f")))).isEqualTo(1);
    assertThat(solr.query(new SolrQuery("*:*")).getResults()).hasSize(6);
  }

  @Test
  void aSmallerRunLeavesTheSegments() throws Exception {
    assertThat(segmentsAfterRun(List.of(article("d")))).isEqualTo(4);
  }

  @Test
  void aRunThatWroteNothingDoesNotMerge() throws Exception {
    assertThat(segmentsAfterRun(List.of(article("a"), article("b"), article("c")))).isEqualTo(3);
  }
}
