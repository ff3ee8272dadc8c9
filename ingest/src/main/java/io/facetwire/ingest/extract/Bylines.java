package io.facetwire.ingest.extract;

import io.facetwire.ingest.Texts;

/**
 * Bylines without the "By" (or "Par", "Por", "Von", ...) and the trailing role or date that pages
 * glue to them.
 */
final class Bylines {
  private Bylines() {}

  static String clean(String byline) {
    String b = Texts.squash(byline).replaceFirst("(?i)^(by|par|por|von|door|av|af)\\s+", "");
    b = b.replaceFirst("(?i)\\s*[|,]?\\s*(updated|published|posted)\\b.*$", "");
    return b.length() > 200 ? b.substring(0, 200) : b;
  }
}
