package io.facetwire.ingest.read;

import io.facetwire.ingest.extract.NotAnArticleException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives ({@code .warc}, {@code .warc.gz}, e.g. Common Crawl News) read with jwarc. Every
 * HTML response is an article candidate named {@code file#offset}; pages without article text (home
 * pages, error pages) are skipped and counted. Other records (requests, images, metadata) are not
 * candidates at all.
 */
final class WarcReader {
  /** A page's payload is read up to this; the HTML parser cuts longer pages anyway. */
  static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

  private final HtmlReader html;

  WarcReader(HtmlReader html) {
    this.html = html;
  }

  Records read(InputDoc doc) throws IOException {
    InputStream in = doc.open();
    org.netpreserve.jwarc.WarcReader warc;
    try {
      warc = new org.netpreserve.jwarc.WarcReader(in);
    } catch (IOException | IllegalArgumentException e) {
      in.close();
      throw new io.facetwire.ingest.extract.BadInputException(
          "not a WARC file: " + Records.reason(e));
    }
    warc.setLenient(true);
    return new Records() {
      private long offset;

      @Override
      protected Candidate read() throws IOException {
        while (true) {
          Optional<WarcRecord> next = warc.next();
          if (next.isEmpty()) return null;
          offset = warc.position();
          if (next.get() instanceof WarcResponse response) {
            Candidate c = candidate(doc.name() + "#" + offset, response);
            if (c != null) return c;
          }
        }
      }

      @Override
      protected String position() {
        return doc.name() + "#" + offset;
      }

      @Override
      public void close() throws IOException {
        warc.close();
      }
    };
  }

  /** An HTML response as a candidate; null for responses that are not pages. */
  private Candidate candidate(String source, WarcResponse response) throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) return null;
    var http = response.http();
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return null;
    if (http.status() < 200 || http.status() >= 300) {
      int status = http.status();
      return Candidate.of(
          source,
          () -> {
            throw new NotAnArticleException("HTTP status " + status);
          });
    }
    byte[] body;
    try (InputStream payload = http.bodyDecoded().stream()) {
      body = payload.readNBytes(MAX_RECORD_BYTES);
    }
    String charset = type.parameters().get("charset");
    return html.record(source, body, charset, response.target());
  }
}
