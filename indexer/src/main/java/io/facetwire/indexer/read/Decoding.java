package io.facetwire.indexer.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text whose charset nobody declared: BOMs first, then strict UTF-8, then Windows-1252
 * (what "Latin-1" pages really are). Binary content is refused rather than indexed as garbage.
 */
public final class Decoding {
  private Decoding() {}

  public static String decode(byte[] bytes, String declaredCharset) {
    if (looksBinary(bytes)) throw new io.facetwire.indexer.extract.BadInputException("binary content, not text");
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      Charset fallback = Charset.forName("windows-1252");
      if (declaredCharset != null) {
        try {
          fallback = Charset.forName(declaredCharset);
        } catch (IllegalArgumentException ignored) {
          // unknown charset name: keep Windows-1252
        }
      }
      return new String(bytes, fallback);
    }
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
