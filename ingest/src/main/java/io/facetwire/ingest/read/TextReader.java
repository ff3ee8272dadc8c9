package io.facetwire.ingest.read;

import io.facetwire.ingest.extract.PlainTextParser;
import java.nio.file.Path;

/**
 * Scraped plain text ({@code .txt}): one article, with optional {@code NAME.json} or manifest
 * metadata.
 */
final class TextReader {
  private final PlainTextParser parser = new PlainTextParser();
  private final Sidecars sidecars;
  private final Columns columns;

  TextReader(Sidecars sidecars, Columns columns) {
    this.sidecars = sidecars;
    this.columns = columns;
  }

  Records read(InputDoc doc) {
    return Records.single(
        Candidate.of(
            doc.name(),
            () -> {
              var article = parser.parse(Streams.readText(doc, FormatReader.MAX_BYTES), doc.name());
              Path file = doc.path().orElse(null);
              return file == null ? article : columns.overlay(article, sidecars.metadataFor(file));
            }),
        null);
  }
}
