package io.facetwire.api.terms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many articles distinctive words are counted over ({@code facetwire.terms.*}): above these
 * sizes the corpus (the background) and the matches (the foreground) are each replaced by a uniform
 * sample of about this many articles (see {@link TermsSample}), so a request costs what the samples
 * cost whatever the size of the corpus. 0 (either) turns sampling off.
 *
 * @param backgroundSample about how many articles of the corpus stand for the corpus
 * @param foregroundSample about how many matching articles stand for the matches, and the fewest
 *     the background sample may hold: result sets below twice this are counted exactly
 */
@ConfigurationProperties("facetwire.terms")
record TermsProperties(
    // Off by default: on TermsSampleIT's fixture the sampled ranking still differs from the exact
    // one (word pairs of one article come up), and its overlap at 100k is not measured yet.
    @DefaultValue("0") int backgroundSample,
    @DefaultValue("" + TermsProperties.FOREGROUND) int foregroundSample) {
  static final int FOREGROUND = 2_000;
}
