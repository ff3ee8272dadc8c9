package io.facetwire.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

/** How facet buckets are ordered in each unit once Solr has counted them. */
class CountingTest {

  /**
   * A bucket as Solr answers a counted facet: its articles, and nested the syndicated ones (with a
   * story key) and how many distinct keys they have.
   */
  private static JsonFacets.Bucket bucket(String value, long articles, long keyed, long keys) {
    NamedList<Object> syndicated = new NamedList<>();
    syndicated.add("count", keyed);
    syndicated.add("stories", keys);
    NamedList<Object> raw = new NamedList<>();
    raw.add("val", value);
    raw.add("count", articles);
    raw.add("keyed", syndicated);
    return new JsonFacets.Bucket(value, articles, raw);
  }

  private static final List<JsonFacets.Bucket> BY_ARTICLES =
      List.of(
          bucket("Reuters", 9, 8, 2), // 1 alone + 2 stories of 8 copies: 3 stories
          bucket("AP", 6, 0, 0), // 6 stories
          bucket("BBC", 5, 2, 1), // 3 alone + 1 story of 2 copies: 4 stories
          bucket("AFP", 5, 2, 1)); // 4 stories

  @Test
  void aStoryCountIsTheArticlesLessTheSyndicatedOnesPlusTheirStories() {
    assertThat(Counting.STORIES.count(BY_ARTICLES.get(0).raw())).isEqualTo(3);
    assertThat(Counting.STORIES.count(BY_ARTICLES.get(1).raw())).isEqualTo(6);
    assertThat(Counting.ARTICLES.count(BY_ARTICLES.get(0).raw())).isEqualTo(9);
  }

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
