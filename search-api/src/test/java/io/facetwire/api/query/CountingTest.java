package io.facetwire.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

/** How facet buckets are ordered in each unit once Solr has counted them. */
class CountingTest {

  private static JsonFacets.Bucket bucket(String value, long articles, long keyed, long alone) {
    NamedList<Object> raw = new NamedList<>();
    raw.add("val", value);
    raw.add("count", articles);
    raw.add("stories", keyed);
    raw.add("unstoried", alone);
    return new JsonFacets.Bucket(value, articles, raw);
  }

  private static final List<JsonFacets.Bucket> BY_ARTICLES =
      List.of(
          bucket("Reuters", 9, 2, 1), // 9 articles, 3 stories
          bucket("AP", 6, 0, 6), // 6 stories
          bucket("BBC", 5, 1, 3), // 4 stories
          bucket("AFP", 5, 1, 3)); // 4 stories

  @Test
  void storiesAreRankedByStoryCountTiesByValueAndCutToTheLimit() {
    assertThat(Counting.STORIES.ranked(BY_ARTICLES, 3))
        .extracting(JsonFacets.Bucket::value)
        .containsExactly("AP", "AFP", "BBC");
  }

  @Test
  void articlesKeepSolrsOrder() {
    assertThat(Counting.ARTICLES.ranked(BY_ARTICLES, 3))
        .extracting(JsonFacets.Bucket::value)
        .containsExactly("Reuters", "AP", "BBC");
    assertThat(Counting.ARTICLES.ranked(BY_ARTICLES, 10)).hasSize(4);
  }
}
