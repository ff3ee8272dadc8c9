package io.facetwire.indexer.extract;

import io.facetwire.indexer.Texts;
import java.util.Locale;

/** Cleans page titles: "Headline | Outlet" and "Outlet - Headline" become "Headline". */
final class Titles {
  private static final String SEPARATORS = "\\s+[|\\-–—:·•»]\\s+";

  private Titles() {}

  static String clean(String title, String outlet, String h1) {
    if (title == null) return h1;
    String t = Texts.squash(title);
    String[] parts = t.split(SEPARATORS);
    if (parts.length > 1) {
      if (h1 != null && t.startsWith(h1) && h1.split(" ").length >= 3) return h1;
      String o = outlet == null ? null : outlet.toLowerCase(Locale.ROOT);
      String lastPart = parts[parts.length - 1];
      String firstPart = parts[0];
      if (o != null && similar(lastPart, o)) return t.substring(0, t.length() - lastPart.length()).replaceAll(SEPARATORS + "$", "").strip();
      if (o != null && similar(firstPart, o)) return t.substring(firstPart.length()).replaceFirst("^" + SEPARATORS, "").strip();
      if (lastPart.split(" ").length <= 4 && firstPart.split(" ").length >= 4 && t.matches(".*\\s[|]\\s[^|]+$")) {
        return t.substring(0, t.lastIndexOf(" | ")).strip();
      }
    }
    return t;
  }

  private static boolean similar(String part, String outlet) {
    String p = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String o = outlet.replaceAll("[^a-z0-9]", "").replaceAll("(com|net|org|couk)$", "");
    return !p.isEmpty() && !o.isEmpty() && (p.contains(o) || o.contains(p));
  }
}
