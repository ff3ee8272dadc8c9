package io.facetwire.indexer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by every extractor: normalisation, hashing, counting. */
public final class Texts {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

  private Texts() {}

  /** Collapses every run of (Unicode) white space to one space and trims. */
  public static String squash(String s) {
    return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
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
    // is the indexer's hottest text code. Keeps letters, numbers and quotes; any other run is one space.
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
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (Character.isLetter(cp)) return true;
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  public static int wordCount(String s) {
    if (s == null || s.isEmpty()) return 0;
    var m = WORD.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
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
