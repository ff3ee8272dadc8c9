package io.facetwire.solr;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * The encoding of the binary docValues copies the export reads ({@code title_bin}, {@code
 * people_bin}, ...): UTF-8 text, a list joined with U+001F. The indexer writes them and the API
 * reads them, so the format lives here, next to the schema that declares the fields.
 */
public final class ExportCopies {
  /**
   * ASCII unit separator: cannot occur in an entity name, which the indexer squashes to printable
   * text.
   */
  static final String SEPARATOR = "\u001f";

  private ExportCopies() {}

  public static byte[] text(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** A list in its given order; a separator inside a value (never expected) becomes a space. */
  public static byte[] list(Collection<String> values) {
    return text(
        String.join(SEPARATOR, values.stream().map(v -> v.replace(SEPARATOR, " ")).toList()));
  }

  /**
   * The text of a copy as SolrJ returns it (byte[] over javabin, ByteBuffer from some paths), or
   * null.
   */
  public static String decodeText(Object stored) {
    if (stored instanceof byte[] utf8) return new String(utf8, StandardCharsets.UTF_8);
    if (stored instanceof ByteBuffer utf8)
      return StandardCharsets.UTF_8.decode(utf8.duplicate()).toString();
    return stored == null ? null : stored.toString();
  }

  public static List<String> decodeList(Object stored) {
    String joined = decodeText(stored);
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR, -1));
  }
}
