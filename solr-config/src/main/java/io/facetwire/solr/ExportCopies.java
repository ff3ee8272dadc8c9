package io.facetwire.solr;

import static io.facetwire.solr.ArticleFields.*;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;

/**
 * The encoding of the binary docValues copies the export reads ({@code title_bin}, {@code
 * people_bin}, ...): UTF-8 text, a list joined with U+001F. The indexer writes them and the API
 * reads them, so the format lives here, next to the schema that declares the fields: which fields
 * have a copy, how it is encoded, and since which schema version documents carry them.
 */
public final class ExportCopies {
  /** Single-valued text fields with a binary copy. */
  public static final List<String> TEXT_FIELDS = List.of(TITLE, URL);

  /** Multi-valued fields with a binary copy (the values joined in their order). */
  public static final List<String> LIST_FIELDS = List.of(PEOPLE, TOPICS, ORGS, PLACES);

  /**
   * The schema version whose indexer first wrote the copies under their present names ({@code
   * title_bin}, ...; schemas 6-7 wrote them as {@code title_dv}): a document with an older {@link
   * ArticleFields#DOC_SCHEMA} lacks them.
   */
  public static final int SINCE_SCHEMA = 8;

  /**
   * ASCII unit separator: cannot occur in an entity name, which the indexer squashes to printable
   * text.
   */
  static final String SEPARATOR = "\u001f";

  private ExportCopies() {}

  /**
   * Writes the copies of a document from its stored fields, and marks it with this schema version;
   * copyField cannot fill a binary field from text.
   */
  public static void addTo(SolrInputDocument doc) {
    for (String field : TEXT_FIELDS) {
      Object value = doc.getFieldValue(field);
      if (value != null) doc.setField(docValuesCopy(field), text(value.toString()));
    }
    for (String field : LIST_FIELDS) {
      Collection<Object> values = doc.getFieldValues(field);
      if (values != null && !values.isEmpty()) {
        doc.setField(docValuesCopy(field), list(values.stream().map(String::valueOf).toList()));
      }
    }
    doc.setField(DOC_SCHEMA, CONFIGSET_VERSION);
  }

  /** Whether the export can read a field from a copy. */
  public static boolean has(String field) {
    return TEXT_FIELDS.contains(field) || LIST_FIELDS.contains(field);
  }

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
