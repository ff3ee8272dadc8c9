package io.facetwire.api.terms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many matching articles distinctive words read ({@code facetwire.terms.sample}): result sets
 * of up to twice this are read whole, larger ones through a uniform sample of one to two times this
 * many (see {@link TermsSample}); the terms that lead in it are then counted exactly in all
 * matches. 0 reads every match (slow for large result sets: each article's title and body is
 * fetched).
 *
 * @param sample about how many matching articles to read
 */
@ConfigurationProperties("facetwire.terms")
record TermsProperties(@DefaultValue("" + TermsProperties.SAMPLE) int sample) {
  static final int SAMPLE = 250;

  TermsProperties {
    if (sample < 1)
      throw new IllegalArgumentException(
          "facetwire.terms.sample must be at least 1 (got " + sample + ")");
  }
}
