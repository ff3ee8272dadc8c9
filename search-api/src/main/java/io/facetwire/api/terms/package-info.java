/**
 * Distinctive words ({@code /api/terms}): words and two-word phrases more frequent in the matches
 * than in the corpus, scored with Solr's {@code relatedness()}: candidates found in a uniform
 * sample of the matches, analysed here as Solr indexes them, the leaders counted exactly.
 */
package io.facetwire.api.terms;
