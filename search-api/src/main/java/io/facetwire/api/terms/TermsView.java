package io.facetwire.api.terms;

import java.util.List;

/**
 * The distinctive-words answer.
 *
 * @param matches articles the query and filters match (the foreground)
 * @param corpus articles in the index (the background)
 * @param partial Solr ran out of its time budget: the counts are a lower bound
 */
record TermsView(
    String query, long matches, long corpus, List<Term> terms, long tookMs, boolean partial) {
  /**
   * @param count matching articles with the term
   * @param background articles in the whole corpus with the term
   * @param score Solr's relatedness() of the term to the matches against the corpus, -1 to 1
   */
  record Term(String term, long count, long background, double score) {}
}
