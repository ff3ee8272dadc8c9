package io.facetwire.ingest.read;

import java.io.IOException;
import java.util.Optional;

/**
 * Picks the reader for an input by {@link Format} and opens its candidates. Inputs of a format it
 * does not know are skipped (and counted), not failed: folders of corpora hold README files too;
 * sidecar metadata and manifests are read with the articles they describe.
 */
public final class FormatReader {
  /**
   * Larger one-article inputs are cut here; no single article needs more, and it bounds memory per
   * file.
   */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  /**
   * Compressed exports may inflate this many times their size (text does ~10x; zip bombs ~1000x).
   */
  static final int MAX_RATIO = 100;

  private final TextReader text;
  private final HtmlReader html;
  private final JsonLinesReader jsonLines;
  private final JsonDocumentReader jsonDocument;
  private final CsvReader csv;
  private final WarcReader warc;

  public FormatReader() {
    this(Columns.defaults());
  }

  public FormatReader(Columns columns) {
    Sidecars sidecars = new Sidecars();
    this.text = new TextReader(sidecars, columns);
    this.html = new HtmlReader(sidecars, columns);
    this.jsonLines = new JsonLinesReader(columns);
    this.jsonDocument = new JsonDocumentReader(columns);
    this.csv = new CsvReader(columns);
    this.warc = new WarcReader(html);
  }

  /** The format of an input that holds articles; empty for inputs to skip. */
  public Optional<Format> formatOf(InputDoc doc) {
    if (doc instanceof Unread) return Optional.empty();
    return Format.of(doc).filter(f -> f != Format.METADATA);
  }

  /**
   * Why an input is skipped (counted in the summary under this reason, not read), or empty when it
   * is read: a hidden or special file, a format that holds no articles, metadata of other inputs, a
   * JSON document without article text.
   */
  public Optional<String> skipReason(InputDoc doc) {
    if (doc instanceof Unread u) return u.failed() ? Optional.empty() : Optional.of(u.reason());
    Optional<Format> format = Format.of(doc);
    if (format.isEmpty()) return Optional.of("not an article format" + extensionOf(doc.name()));
    return switch (format.get()) {
      case METADATA ->
          Optional.of(
              doc.name().endsWith(Sidecars.MANIFEST)
                  ? "folder manifest (metadata of the articles beside it)"
                  : "sidecar metadata of the article beside it");
      case JSON_DOCUMENT -> jsonDocument.skipReason(doc);
      default -> Optional.empty();
    };
  }

  private static String extensionOf(String name) {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    return dot > 0
        ? " (" + file.substring(dot).toLowerCase(java.util.Locale.ROOT) + ")"
        : " (unrecognised content)";
  }

  /**
   * The candidates of an input, read lazily; the caller closes them. An input that cannot even be
   * opened yields one failed candidate.
   */
  public Records read(InputDoc doc) {
    if (doc instanceof Unread u && u.failed())
      return Records.single(Candidate.failed(doc.name(), u.reason()), null);
    Format format =
        formatOf(doc)
            .orElseThrow(() -> new IllegalArgumentException("not an article input: " + doc.name()));
    try {
      return switch (format) {
        case TEXT -> text.read(doc);
        case HTML -> html.read(doc);
        case JSON_LINES -> jsonLines.read(doc);
        case JSON_DOCUMENT -> jsonDocument.read(doc);
        case CSV -> csv.read(doc);
        case WARC -> warc.read(doc);
        case METADATA -> throw new IllegalStateException();
      };
    } catch (IOException | RuntimeException e) {
      String reason =
          e instanceof java.nio.file.NoSuchFileException
              ? "no such file or directory"
              : Records.reason(e);
      return Records.single(Candidate.failed(doc.name(), reason), null);
    }
  }

  /** How much a compressed multi-record input may inflate to before it is refused. */
  static long decompressionCap(InputDoc doc) {
    return Math.max(MAX_BYTES, doc.size() * MAX_RATIO);
  }
}
