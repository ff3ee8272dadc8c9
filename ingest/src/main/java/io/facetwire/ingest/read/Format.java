package io.facetwire.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The input formats, told apart by extension ({@code .gz} stripped first) and, for files without a
 * telling extension, by their first bytes. Sidecar metadata ({@code NAME.json} next to {@code
 * NAME.txt}) and folder manifests are metadata of other inputs, never articles themselves. A {@code
 * .json} file whose first line is not a whole JSON value is a pretty-printed document (an object or
 * an array of them), not JSON lines.
 */
public enum Format {
  TEXT,
  HTML,
  JSON_LINES,
  JSON_DOCUMENT,
  CSV,
  WARC,
  METADATA;

  public static Optional<Format> of(InputDoc doc) {
    String name = Streams.innerName(doc.name()).toLowerCase(Locale.ROOT);
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (file.equals(Sidecars.MANIFEST)) return Optional.of(METADATA);
    if (name.endsWith(".txt") || name.endsWith(".text")) return Optional.of(TEXT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml"))
      return Optional.of(HTML);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonlines"))
      return Optional.of(JSON_LINES);
    if (name.endsWith(".json"))
      return Optional.of(
          isSidecar(doc) ? METADATA : JsonDocumentReader.isLines(doc) ? JSON_LINES : JSON_DOCUMENT);
    if (name.endsWith(".csv") || name.endsWith(".tsv")) return Optional.of(CSV);
    if (name.endsWith(".warc") || name.endsWith(".arc")) return Optional.of(WARC);
    if (!file.contains(".")
        || Streams.gzipName(doc.name()) && !Streams.innerName(file).contains("."))
      return sniff(doc);
    return Optional.empty();
  }

  private static boolean isSidecar(InputDoc doc) {
    return doc.path().map(p -> Sidecars.articleFileFor(p).isPresent()).orElse(false);
  }

  /**
   * Files without an extension: a web archive starts with "WARC/", a page with markup, an export
   * with '{'.
   */
  private static Optional<Format> sniff(InputDoc doc) {
    byte[] head;
    try (InputStream in = Streams.open(doc, 1 << 20)) {
      head = in.readNBytes(512);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
    if (s.startsWith("WARC/")) return Optional.of(WARC);
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body"))
      return Optional.of(HTML);
    if (s.startsWith("{")) return Optional.of(JSON_LINES);
    return Optional.empty();
  }
}
