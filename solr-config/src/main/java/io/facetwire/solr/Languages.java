package io.facetwire.solr;

import java.util.ArrayList;
import java.util.List;

/**
 * The languages the schema analyses in their own fields, shared by the indexer (which writes an
 * article's text to its language's fields) and the API (which searches and highlights all of them).
 * English is analysed in {@code title} and {@code body} themselves, which every article keeps for
 * display; each other language {@code xx} has {@code title_xx} and {@code body_xx}, and an article
 * in any other or an undetected language goes to {@code title_neutral} and {@code body_neutral}. To
 * analyse one more language: add its field type and two fields to schema.xml, its code here, and it
 * to the detector's list in the indexer. A test checks this list against the schema.
 */
public final class Languages {
  public static final String ENGLISH = "en";

  /** ISO 639-1 codes with their own analysed fields, besides English. */
  public static final List<String> ANALYSED =
      List.of("es", "pt", "fr", "de", "it", "nl", "ru", "ar", "zh");

  /** Field suffix for articles in a language without its own analysis. */
  public static final String NEUTRAL = "neutral";

  private Languages() {}

  /**
   * The field suffix an article in this language uses: {@code es}, {@link #NEUTRAL}, or null for
   * English.
   */
  public static String suffix(String lang) {
    if (ENGLISH.equals(lang)) return null;
    return lang != null && ANALYSED.contains(lang) ? lang : NEUTRAL;
  }

  /**
   * {@code title} or {@code body} for English, else its language's copy ({@code body_es}, {@code
   * body_neutral}).
   */
  public static String field(String base, String lang) {
    String suffix = suffix(lang);
    return suffix == null ? base : base + "_" + suffix;
  }

  /**
   * The base field and every language copy of it: what a query searches and the highlighter marks.
   */
  public static List<String> allFields(String base) {
    List<String> out = new ArrayList<>();
    out.add(base);
    for (String l : ANALYSED) out.add(base + "_" + l);
    out.add(base + "_" + NEUTRAL);
    return out;
  }
}
