package io.facetwire.indexer.extract;

import io.facetwire.indexer.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins paragraphs into a body, dropping repeats: scraped pages often carry the same paragraph twice
 * (teaser and body, or a template glitch), which would double term frequencies and snippets.
 */
public final class Paragraphs {
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
}
