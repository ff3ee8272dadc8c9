package io.facetwire.ingest.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes text whose charset may be missing or wrong: BOMs first, then UTF-8 when the bytes are
 * (nearly all) valid UTF-8, then the charset the page declares, then Windows-1252 (what "Latin-1"
 * pages really are). Binary content is refused rather than indexed as garbage.
 */
public final class Decoding {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

  private Decoding() {}

  public static String decode(byte[] bytes, String declaredCharset) {
    if (looksBinary(bytes))
      throw new io.facetwire.ingest.extract.BadInputException("binary content, not text");
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int[] counts = utf8Counts(bytes);
    if (counts[1] == 0 || counts[0] >= 10 * counts[1]) {
      // Valid UTF-8, or UTF-8 with a few stray bytes (a cut at the end, one pasted Latin-1
      // character):
      // replacing those beats reading the whole page as Windows-1252 mojibake.
      return new String(bytes, StandardCharsets.UTF_8);
    }
    Charset fallback = Charset.forName("windows-1252");
    String declared = declaredCharset != null ? declaredCharset : declaredInMarkup(bytes);
    if (declared != null) {
      try {
        Charset c = Charset.forName(declared);
        if (!c.equals(StandardCharsets.UTF_8))
          fallback = c; // a page that says UTF-8 but is not: Windows-1252
      } catch (IllegalArgumentException ignored) {
        // unknown charset name: keep Windows-1252
      }
    }
    return new String(bytes, fallback);
  }

  /** {@code <meta charset=...>} or {@code http-equiv} content-type in the first 4 KB of a page. */
  static String declaredInMarkup(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** [valid multi-byte sequences, invalid bytes] of a UTF-8 reading. */
  static int[] utf8Counts(byte[] b) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int extra =
          c < 0x80
              ? 0
              : c >= 0xC2 && c <= 0xDF
                  ? 1
                  : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (extra == 0) {
        i++;
        continue;
      }
      boolean ok = extra > 0;
      for (int k = 1; ok && k <= extra; k++) ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
      if (ok) {
        valid++;
        i += extra + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {valid, invalid};
  }

  /** NUL bytes or a high share of control characters in the first 8 KB mean binary data. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    if (n == 0) return false;
    int control = 0;
    boolean utf16Bom = n >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0 && !utf16Bom) return true;
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
    }
    return control * 20 > n;
  }
}
