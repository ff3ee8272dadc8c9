package io.facetwire.api.terms;

import java.util.List;

/**
 * The distinctive-words answer.
 *
 * @param matches articles the query and filters match (the foreground)
 * @param corpus articles in the index (the background)
 * @param partial Solr ran out of its time budget: the counts are a lower bound
 * @param sampled the candidate terms were found in a uniform sample of the matches, not in all of
 *     them; the listed terms' counts and scores are exact either way
 * @param matchesCounted matching articles read to find candidate terms ({@code matches} unless
 *     sampled)
 * @param corpusCounted articles of the corpus the backgrounds were counted in (the corpus)
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
   * @param count matching articles with the term
   * @param background articles in the whole corpus with the term
   * @param score Solr's relatedness() of the term to the matches against the corpus, -1 to 1
   */
  record Term(String term, long count, long background, double score) {}
}
