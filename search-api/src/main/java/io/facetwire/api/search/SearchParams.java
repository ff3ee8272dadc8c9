package io.facetwire.api.search;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.DateInterval;
import io.facetwire.api.query.Params;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.api.query.SortOrder;
import org.springframework.util.MultiValueMap;

/**
 * A validated search request: a {@link Scope} plus how to page, sort, bucket and group it. What
 * reaches Solr is only ever built by {@link SolrQueries} from these typed values.
 *
 * @param interval histogram bucket; null picks one from the range in view
 */
record SearchParams(
    Scope scope, SortOrder sort, int page, int size, DateInterval interval, Counting counting) {

  static final int MAX_SIZE = 100;

  /** Beyond this, paging gets slow and pointless; the export API streams everything. */
  static final int MAX_WINDOW = 10_000;

  static SearchParams from(MultiValueMap<String, String> params) {
    int p = Params.integer(params, "page", 1);
    int s = Params.integer(params, "size", 10);
    if (p < 1) throw new BadRequestException("page must be 1 or more (got " + p + ")");
    if (s < 1 || s > MAX_SIZE)
      throw new BadRequestException("size must be between 1 and " + MAX_SIZE + " (got " + s + ")");
    if ((long) p * s > MAX_WINDOW) {
      throw new BadRequestException(
          "page "
              + p
              + " with size "
              + s
              + " is beyond the first "
              + MAX_WINDOW
              + " results; narrow the query or use /api/export to read every result");
    }
    Counting counting = Counting.from(params);
    return new SearchParams(
        Scope.from(params),
        SortOrder.parse(Params.one(params, "sort")),
        p,
        s,
        DateInterval.parse(Params.one(params, "interval")),
        counting);
  }

  /** {@code group=story}: one hit per story, and every count in stories. */
  boolean groupByStory() {
    return counting == Counting.STORIES;
  }
}
