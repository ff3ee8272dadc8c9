/**
 * Distinctive words ({@code /api/terms}): words and two-word phrases more frequent in the matches
 * than in the corpus, scored with Solr's {@code relatedness()}, counted over uniform samples when
 * the index is large.
 */
package io.facetwire.api.terms;
