package io.facetwire.api.terms;

import java.util.List;

/**
 * The distinctive-words answer.
 *
 * @param matches articles the query and filters match (the foreground)
 * @param corpus articles in the index (the background)
 * @param partial Solr ran out of its time budget: the counts are a lower bound
 * @param sampled the terms were counted over uniform samples of the matches and/or the corpus: each
 *     term's count and background are estimates scaled to all matches and the whole corpus, and
 *     score is relatedness between the samples
 * @param matchesCounted matching articles the terms were counted in ({@code matches} unless
 *     sampled)
 * @param corpusCounted articles of the corpus the backgrounds were counted in ({@code corpus}
 *     unless sampled)
 */
record TermsView(
    String query,
    long matches,
    long corpus,
    List<Term> terms,
    long tookMs,
    boolean partial,
    boolean sampled,
    long matchesCounted,
    long corpusCounted) {
  /**
   * @param count matching articles with the term (estimated from the sample when sampled)
   * @param background articles in the whole corpus with the term (estimated when sampled)
   * @param score Solr's relatedness() of the term to the matches against the corpus, -1 to 1
   */
  record Term(String term, long count, long background, double score) {}
}
