package io.facetwire.indexer.read;

import io.facetwire.indexer.extract.BadInputException;
import io.facetwire.indexer.extract.HtmlParser;
import io.facetwire.indexer.extract.PlainTextParser;
import io.facetwire.indexer.extract.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the parser for an input by its extension and reads it into articles. Inputs of a format it
 * does not know are skipped (and counted), not failed: folders of corpora hold README files too.
 */
public final class FormatReader {
  /** Larger inputs are cut here; no single article needs more, and it bounds memory per file. */
  static final int MAX_BYTES = 64 * 1024 * 1024;
  private final PlainTextParser text = new PlainTextParser();
  private final HtmlParser html = new HtmlParser();

  public enum Format { TEXT, HTML }

  public static Optional<Format> formatOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt") || n.endsWith(".text")) return Optional.of(Format.TEXT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Optional.of(Format.HTML);
    return Optional.empty();
  }

  public boolean accepts(InputDoc doc) {
    return formatOf(doc.name()).isPresent();
  }

  public List<RawArticle> read(InputDoc doc) throws IOException {
    Format format = formatOf(doc.name()).orElseThrow(() -> new BadInputException("unknown format"));
    byte[] bytes;
    try (InputStream in = doc.open()) {
      bytes = in.readNBytes(MAX_BYTES);
    }
    if (bytes.length == 0) throw new BadInputException("empty file");
    String content = Decoding.decode(bytes, null);
    if (content.isBlank()) throw new BadInputException("empty file (only white space)");
    return switch (format) {
      case TEXT -> List.of(text.parse(content, doc.name()));
      case HTML -> {
        if (!content.contains("<")) throw new BadInputException("not HTML: no markup found");
        yield List.of(html.parse(content, null, doc.name()));
      }
    };
  }
}
