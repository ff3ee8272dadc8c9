package io.facetwire.api.entity;

import io.facetwire.api.query.Count;
import io.facetwire.api.query.Docs;
import io.facetwire.api.query.Period;
import java.util.List;

/**
 * A person's or topic's page under the current scope.
 *
 * @param mentions articles in scope that name the person (or carry the topic); stories with {@code
 *     group=story}
 * @param coMentioned people appearing with it, ranked by {@code relatedness()}: how much more often
 *     they appear with it than in the scope at large, not by raw co-occurrence
 * @param people people appearing with it, by count
 * @param latest the newest of its articles (one per story with {@code group=story})
 * @param counting the unit of mentions and every count: {@code articles}, or {@code stories}
 * @param partial Solr ran out of its time budget ({@code facetwire.limits.search-time-allowed}):
 *     the counts are then lower bounds
 */
record EntityView(
    String type,
    String name,
    long mentions,
    String interval,
    List<Period> timeline,
    List<Related> coMentioned,
    List<Count> topics,
    List<Count> outlets,
    List<Count> people,
    List<Docs.ArticleRef> latest,
    long tookMs,
    String counting,
    boolean partial) {

  /** A co-mentioned value with its co-occurrence count and relatedness score (-1 to 1). */
  record Related(String value, long count, double relatedness) {}
}
