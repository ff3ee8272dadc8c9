package io.facetwire.api.timeline;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Params;
import java.util.Locale;

/**
 * Whether buckets carry the share of all coverage: a rise in matches means little when the corpus
 * itself grew that month, so researchers divide by "everything the same outlets published then".
 * The denominator costs one more facet, so it is only asked for when wanted.
 */
enum Normalize {
  NONE,
  SHARE;

  static Normalize parse(String raw) {
    if (raw == null) return NONE;
    try {
      return valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "normalize must be 'none' or 'share' (got '" + Params.abbreviate(raw) + "')");
    }
  }

  String publicName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
