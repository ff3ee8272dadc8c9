package io.facetwire.ingest.extract;

import io.facetwire.ingest.Texts;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Cleans page titles: "Headline | Outlet" and "Outlet - Headline" become "Headline". */
final class Titles {
  private static final String SEPARATORS = "\\s+[|\\-–—:·•»]\\s+";

  private Titles() {}

  /**
   * Of a JSON-LD headline and name, the one closer to the page's {@code <title>}: some sites put a
   * description in "headline" or the site in "name".
   */
  static String closerTo(String titleTag, String headline, String name) {
    if (Texts.isBlank(headline) || Texts.isBlank(name))
      return Texts.isBlank(headline) ? name : headline;
    Set<String> tag = words(titleTag);
    return overlap(words(name), tag) > overlap(words(headline), tag) ? name : headline;
  }

  private static Set<String> words(String s) {
    return new HashSet<>(Arrays.asList(Texts.fingerprintForm(s).split(" ")));
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty()) return 0;
    long shared = a.stream().filter(b::contains).count();
    return shared / (double) (a.size() + b.size() - shared);
  }

  static String clean(String title, String outlet, String h1) {
    if (title == null) return h1;
    // "Headline | Section [Site]": a bracketed site name closes some titles (archives, forums).
    String t = Texts.squash(title).replaceFirst("(?<=\\S)\\s+\\[[^\\[\\]]{2,40}]$", "");
    String[] parts = t.split(SEPARATORS);
    if (parts.length > 1) {
      if (h1 != null && t.startsWith(h1) && h1.split(" ").length >= 3) return h1;
      String o = outlet == null ? null : outlet.toLowerCase(Locale.ROOT);
      String lastPart = parts[parts.length - 1];
      String firstPart = parts[0];
      if (o != null && similar(lastPart, o))
        return t.substring(0, t.length() - lastPart.length())
            .replaceAll(SEPARATORS + "$", "")
            .strip();
      if (o != null && similar(firstPart, o))
        return t.substring(firstPart.length()).replaceFirst("^" + SEPARATORS, "").strip();
      if (lastPart.split(" ").length <= 4
          && firstPart.split(" ").length >= 4
          && t.matches(".*\\s[|·•]\\s[^|·•]+$")) {
        return t.substring(0, t.length() - lastPart.length())
            .replaceAll(SEPARATORS + "$", "")
            .strip();
      }
    }
    return t;
  }

  private static boolean similar(String part, String outlet) {
    String p = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String o = outlet.replaceFirst("^([a-z0-9-]+)\\.[a-z.]{2,}$", "$1").replaceAll("[^a-z0-9]", "");
    return !p.isEmpty() && !o.isEmpty() && (p.contains(o) || o.contains(p));
  }
}
