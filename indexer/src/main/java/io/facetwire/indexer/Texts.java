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
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    n = n.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    return squash(n.replaceAll("[^\\p{L}\\p{N}'\" ]+", " "));
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
