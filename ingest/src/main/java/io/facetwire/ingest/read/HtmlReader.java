package io.facetwire.ingest.read;

import io.facetwire.ingest.extract.BadInputException;
import io.facetwire.ingest.extract.HtmlParser;
import io.facetwire.ingest.extract.NotAnArticleException;
import io.facetwire.ingest.extract.RawArticle;
import java.nio.file.Path;

/**
 * A saved page ({@code .html}, {@code .htm}, gzipped too): one article, with optional sidecar
 * metadata.
 */
final class HtmlReader {
  private final HtmlParser parser = new HtmlParser();
  private final Sidecars sidecars;
  private final Columns columns;

  HtmlReader(Sidecars sidecars, Columns columns) {
    this.sidecars = sidecars;
    this.columns = columns;
  }

  Records read(InputDoc doc) {
    return Records.single(
        Candidate.of(
            doc.name(),
            () -> {
              String content = Streams.readText(doc, FormatReader.MAX_BYTES);
              if (!content.contains("<")) throw new BadInputException("not HTML: no markup found");
              RawArticle article;
              try {
                article = parser.parse(content, null, doc.name());
              } catch (NotAnArticleException e) {
                throw new BadInputException(
                    e.getMessage()); // a file the user named as an article: a failure, not a skip
              }
              Path file = doc.path().orElse(null);
              return file == null ? article : columns.overlay(article, sidecars.metadataFor(file));
            }),
        null);
  }

  /**
   * One page from a web archive: its target URL is the base for relative links and the fallback
   * URL.
   */
  Candidate record(String source, byte[] body, String charset, String url) {
    return Candidate.of(
        source,
        body.length,
        () -> {
          if (body.length == 0) throw new NotAnArticleException("empty response");
          return parser.parse(Decoding.decode(body, charset), url, source);
        });
  }
}
