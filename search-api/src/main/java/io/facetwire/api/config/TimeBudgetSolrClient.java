package io.facetwire.api.config;

import java.time.Duration;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Gives every query the app sends Solr a time budget ({@code timeAllowed}) unless it set its own,
 * so no feature (search, facets, entities, suggestions, did-you-mean, articles) can forget one. A
 * cursor page is left alone: Solr refuses {@code timeAllowed} with {@code cursorMark}, and exports
 * keep to a budget of their own.
 */
public final class TimeBudgetSolrClient extends QueryParamsSolrClient {
  private final String timeAllowed;

  TimeBudgetSolrClient(SolrClient delegate, Duration timeAllowed) {
    super(delegate);
    this.timeAllowed = String.valueOf(timeAllowed.toMillis());
  }

  @Override
  void adjust(ModifiableSolrParams params) {
    if (params.get(CommonParams.TIME_ALLOWED) == null
        && params.get(CursorMarkParams.CURSOR_MARK_PARAM) == null) {
      params.set(CommonParams.TIME_ALLOWED, timeAllowed);
    }
  }
}
