package io.facetwire.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Text helpers shared by every extractor: normalisation, hashing, counting. */
public final class Texts {

  private Texts() {}

  /**
   * Collapses every run of (Unicode) white space to one space and trims: {@code \s}, no-break and
   * the typographic spaces U+2000-U+200B, U+202F, U+205F, U+3000. One pass, no regular expression:
   * it runs on every paragraph of every article.
   */
  public static String squash(String s) {
    if (s == null) return "";
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = space(c);
      if (sb == null) {
        if (!space || (c == ' ' && (i + 1 == s.length() || !space(s.charAt(i + 1))))) continue;
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (!space) sb.append(c);
      else if (i == 0 || !space(s.charAt(i - 1)))
        sb.append(' '); // the first space of a run stands for it
    }
    return (sb == null ? s : sb.toString()).strip();
  }

  private static boolean space(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200B')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  /**
   * The form two copies of the same text share whatever their typography: NFKC, lower case, curly
   * quotes straightened, punctuation-insensitive white space.
   */
  public static String fingerprintForm(String s) {
    if (s == null || s.isEmpty()) return "";
    String n = ascii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    n = n.toLowerCase(Locale.ROOT);
    // One pass instead of regular expressions: this runs on every paragraph and every body, so it
    // is the indexer's hottest text code. Keeps letters, numbers and quotes; any other run is one
    // space.
    StringBuilder sb = new StringBuilder(n.length());
    boolean gap = false;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '’' || cp == '‘') cp = '\'';
      else if (cp == '“' || cp == '”') cp = '"';
      if (letterOrNumber(cp) || cp == '\'' || cp == '"') {
        if (gap && sb.length() > 0) sb.append(' ');
        gap = false;
        sb.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  /** Unicode categories L* and N*, what the regular expression {@code [\p{L}\p{N}]} matches. */
  private static boolean letterOrNumber(int cp) {
    if (cp < 0x80)
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (Character.isLetter(cp)) return true;
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  /**
   * Words as the regular expression {@code [\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*} finds them
   * (letter and number runs, joined by one apostrophe, full stop or hyphen: "O'Neill", "U.S.",
   * "well-known" are one word each), counted in one pass without it: every article's word count is
   * taken on the indexing thread.
   */
  public static int wordCount(String s) {
    if (s == null || s.isEmpty()) return 0;
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (letterOrNumber(cp)) {
        if (!inWord) n++;
        inWord = true;
      } else if (!(inWord && joiner(cp) && i < s.length() && letterOrNumber(s.codePointAt(i)))) {
        inWord = false;
      }
    }
    return n;
  }

  private static boolean joiner(int cp) {
    return cp == '\'' || cp == '’' || cp == '.' || cp == '-';
  }

  public static String sha1Hex(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
