package io.facetwire.ingest.extract;

import io.facetwire.ingest.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Joins paragraphs into a body, dropping repeats: scraped pages often carry the same paragraph
 * twice (teaser and body, or a template glitch), which would double term frequencies and snippets.
 */
public final class Paragraphs {
  private static final Pattern MARKUP =
      Pattern.compile("(?i)</?(p|br|div|h[1-6]|li|blockquote)\\b[^>]*>");

  private Paragraphs() {}

  public static List<String> distinct(List<String> paragraphs, String title) {
    Set<String> seen = new HashSet<>();
    if (title != null) seen.add(Texts.fingerprintForm(title));
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      String text = Texts.squash(p);
      if (text.isEmpty()) continue;
      if (seen.add(Texts.fingerprintForm(text))) out.add(text);
    }
    return out;
  }

  public static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  /**
   * The paragraphs of an exported text field: one per line, or per block element when the export
   * kept the page's markup (many scrapers store {@code <p>} tags in their text column).
   */
  public static List<String> split(String text) {
    if (text.indexOf('<') < 0 || !MARKUP.matcher(text).find()) return lines(text);
    Document doc = Jsoup.parseBodyFragment(text);
    doc.select("br").after("\n");
    doc.select("p, div, h1, h2, h3, h4, h5, h6, li, blockquote").after("\n").before("\n");
    return lines(doc.body().wholeText());
  }

  /**
   * Splits at \n, \r\n and \r, without a regular expression (every record of an export goes through
   * here).
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') continue;
      out.add(text.substring(start, i));
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
      start = i + 1;
    }
    out.add(text.substring(start));
    return out;
  }

  /** A readable title from the first sentence when the text has no headline. */
  public static String headlineFrom(String paragraph) {
    String first = paragraph.split("(?<=[.!?])\\s+", 2)[0];
    String[] words = first.split(" ");
    if (words.length <= 16) return first;
    return String.join(" ", Arrays.copyOf(words, 14)) + "…";
  }
}
