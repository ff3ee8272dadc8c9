package io.facetwire.ingest.people;

import java.util.regex.Pattern;

/**
 * The article's own prose, without the paragraphs a web page adds around it that name people the
 * article is not about: reference-list entries ("^ Temple, Philip (1980). ... ISBN"), photo credits
 * and captions with a credit ("Photograph: Jane Doe/The Guardian"), contributor lines ("Marcia Dunn
 * in Cape Canaveral contributed to this report"), a byline paragraph ("By Kelli Miller WebMD Health
 * News") and the author's bio at the end ("Lucas Nolan is a reporter for Breitbart Tech"). The HTML
 * extraction keeps such paragraphs when they sit inside the article element; the people facet
 * should not list their names. Paragraphs are separated by a blank line, as the parsers write
 * bodies. Also joins words a soft hyphen splits ("Vladi&shy;mir").
 */
final class Prose {
  private static final Pattern REFERENCE =
      Pattern.compile(
          "^\\s*\\^|\\bISBN[- ]?(?:1[03])?:?\\s*[\\dX-]{10}|\\bdoi:\\s*10\\.|\\bRetrieved (?:on )?"
              + "(?:\\d|January|February|March|April|May|June|July|August|September|October"
              + "|November|December)|\\bArchived from the original\\b");
  private static final Pattern CREDIT =
      Pattern.compile(
          "\\b(?:Photograph|Photo|Picture|Image|Illustration|Photos|Photographs) by\\b"
              + "|\\b(?:[Pp]hotograph|[Pp]hoto|[Pp]icture|[Ii]mage|[Ii]llustration|[Cc]redit"
              + "|[Pp]hotos):"
              + "|\\bcontributed (?:to )?(?:this|the) (?:report|story|article)\\b"
              + "|\\bcontributed reporting\\b"
              + "|\\b[Ff]ollow (?:him|her|them) on (?:Twitter|X|Facebook|Instagram)\\b");
  private static final Pattern BIO =
      Pattern.compile(
          "^\\s*\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){1,3} (?:is|was) (?:a|an|the) "
              + "(?:[\\p{L}-]+ ){0,3}(?:reporter|writer|author|editor|correspondent|columnist"
              + "|journalist|contributor|photographer|producer|blogger|freelancer)\\b");

  /**
   * A byline standing as its own paragraph: "By", then only capitalised words (names, the outlet,
   * "MD"), joined by commas or "and" ("By Kelli Miller WebMD Health News", "Reviewed by Jane Doe,
   * MD"). A sentence that opens with "By" has lower-case words ("By noon the crowd had left.").
   */
  private static final Pattern BYLINE =
      Pattern.compile(
          "\\s*(?:By|BY|Written by|Reviewed by)\\s+\\p{Lu}[\\p{L}\\p{N}.'’-]*"
              + "(?:(?:\\s*,\\s*|\\s+(?:and|&|y)\\s+|\\s+)\\p{Lu}[\\p{L}\\p{N}.'’-]*)*\\s*");

  /** Bylines are short: a name or two and the outlet. */
  private static final int BYLINE_LENGTH = 120;

  /**
   * A byline opens the article; further down, "By Stephen King" in a review's box names the book's
   * author, someone the article is about.
   */
  private static final int BYLINE_PARAGRAPHS_FROM_START = 3;

  /** The paragraph break; a literal pattern, compiled once (String.split would compile it). */
  private static final Pattern PARAGRAPH = Pattern.compile("\n\n", Pattern.LITERAL);

  /**
   * Words one of {@link #CREDIT}'s colon forms must contain ("Photo:", "credit:"), checked before
   * the expression runs: news prose has colons in most long articles.
   */
  private static final String[] CREDIT_COLON = {
    "hoto:", "hotos:", "hotograph:", "icture:", "mage:", "llustration:", "redit:"
  };

  /** The same for its "Photo by" forms: "by" is in most articles. */
  private static final String[] CREDIT_BY = {"Photo", "Picture", "Image", "Illustration"};

  /** A bio is only a bio at the end of the article. */
  private static final int BIO_PARAGRAPHS_FROM_END = 3;

  /**
   * Entries, credits and bios are short; a longer paragraph that matches is prose (or a whole
   * document without paragraph breaks) and is kept.
   */
  private static final int FURNITURE_LENGTH = 600;

  private Prose() {}

  static String of(String body) {
    if (body == null || body.isEmpty()) return "";
    String text = body.indexOf('\u00AD') >= 0 ? body.replace("\u00AD", "") : body;
    String[] paragraphs = PARAGRAPH.split(text);
    StringBuilder out = null;
    for (int i = 0; i < paragraphs.length; i++) {
      String p = paragraphs[i];
      boolean bioPlace = i >= paragraphs.length - BIO_PARAGRAPHS_FROM_END;
      boolean bylinePlace = i < BYLINE_PARAGRAPHS_FROM_START;
      if (p.length() < FURNITURE_LENGTH && isFurniture(p, bioPlace, bylinePlace)) {
        if (out == null) out = upTo(paragraphs, i, text.length());
        continue;
      }
      if (out == null) continue;
      if (!out.isEmpty()) out.append("\n\n");
      out.append(p);
    }
    return out == null ? text : out.toString();
  }

  /**
   * Substring tests first, each a condition without which its expression cannot match: the
   * expressions run on few paragraphs of prose. The bio expression is anchored at the start, so it
   * is tried there only.
   */
  private static boolean isFurniture(String p, boolean bioPlace, boolean bylinePlace) {
    boolean reference =
        (p.indexOf('^') >= 0
                || p.contains("ISBN")
                || p.contains("doi:")
                || p.contains("Retrieved ")
                || p.contains("Archived from the original"))
            && REFERENCE.matcher(p).find();
    boolean credit =
        (p.indexOf(':') >= 0 && containsAny(p, CREDIT_COLON)
                || p.contains(" by") && containsAny(p, CREDIT_BY)
                || p.contains("contributed ")
                || p.contains("ollow "))
            && CREDIT.matcher(p).find();
    boolean byline =
        bylinePlace
            && p.length() < BYLINE_LENGTH
            && (p.contains("y ") || p.contains("Y "))
            && BYLINE.matcher(p).matches();
    return reference || credit || byline || bioPlace && BIO.matcher(p).lookingAt();
  }

  private static boolean containsAny(String p, String[] words) {
    for (String w : words) if (p.contains(w)) return true;
    return false;
  }

  private static StringBuilder upTo(String[] paragraphs, int end, int capacity) {
    StringBuilder out = new StringBuilder(capacity);
    for (int i = 0; i < end; i++) {
      if (!out.isEmpty()) out.append("\n\n");
      out.append(paragraphs[i]);
    }
    return out;
  }
}
