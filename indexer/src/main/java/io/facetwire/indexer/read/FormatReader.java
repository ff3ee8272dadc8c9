package io.facetwire.indexer.read;

import java.io.IOException;
import java.util.Optional;

/**
 * Picks the reader for an input by {@link Format} and opens its candidates. Inputs of a format it
 * does not know are skipped (and counted), not failed: folders of corpora hold README files too;
 * sidecar metadata and manifests are read with the articles they describe.
 */
public final class FormatReader {
  /** Larger one-article inputs are cut here; no single article needs more, and it bounds memory per file. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;
  /** Compressed exports may inflate this many times their size (text does ~10x; zip bombs ~1000x). */
  static final int MAX_RATIO = 100;
  private final TextReader text;
  private final HtmlReader html;
  private final JsonLinesReader jsonLines;
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
    this.csv = new CsvReader(columns);
    this.warc = new WarcReader(html);
  }

  /** The format of an input that holds articles; empty for inputs to skip. */
  public Optional<Format> formatOf(InputDoc doc) {
    return Format.of(doc).filter(f -> f != Format.METADATA);
  }

  /**
   * The candidates of an input, read lazily; the caller closes them. An input that cannot even be
   * opened yields one failed candidate.
   */
  public Records read(InputDoc doc) {
    Format format = formatOf(doc).orElseThrow(() -> new IllegalArgumentException("not an article input: " + doc.name()));
    try {
      return switch (format) {
        case TEXT -> text.read(doc);
        case HTML -> html.read(doc);
        case JSON_LINES -> jsonLines.read(doc);
        case CSV -> csv.read(doc);
        case WARC -> warc.read(doc);
        case METADATA -> throw new IllegalStateException();
      };
    } catch (IOException | RuntimeException e) {
      String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file or directory" : Records.reason(e);
      return Records.single(Candidate.failed(doc.name(), reason), null);
    }
  }

  /** How much a compressed multi-record input may inflate to before it is refused. */
  static long decompressionCap(InputDoc doc) {
    return Math.max(MAX_BYTES, doc.size() * MAX_RATIO);
  }
}
