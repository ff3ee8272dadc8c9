package io.facetwire.ingest.read;

import io.facetwire.ingest.extract.BadInputException;
import io.facetwire.ingest.extract.RawArticle;
import java.io.IOException;

/**
 * One article candidate: a whole file, or one record of a multi-record file ({@code file#line},
 * {@code file#offset}). Reading candidates is sequential; {@link #extract} is the expensive part
 * and runs on the worker threads.
 */
public interface Candidate {
  /** What the report calls it, and the article's {@code source} field. */
  String source();

  /**
   * The article. Throws {@link BadInputException} with the reason when the candidate is not usable
   * ({@link io.facetwire.ingest.extract.NotAnArticleException} when it is simply not an article).
   */
  RawArticle extract() throws IOException;

  /**
   * Roughly how many bytes it holds in memory until extracted (records read ahead hold their
   * content).
   */
  default long bytes() {
    return 0;
  }

  /** How a candidate is made into an article, so lambdas can throw I/O errors. */
  interface Extraction {
    RawArticle extract() throws IOException;
  }

  static Candidate of(String source, Extraction extraction) {
    return of(source, 0, extraction);
  }

  static Candidate of(String source, long bytes, Extraction extraction) {
    return new Candidate() {
      @Override
      public long bytes() {
        return bytes;
      }

      @Override
      public String source() {
        return source;
      }

      @Override
      public RawArticle extract() throws IOException {
        return extraction.extract();
      }
    };
  }

  /**
   * A candidate that could not even be read (a broken line, a corrupt archive): it fails with the
   * reason.
   */
  static Candidate failed(String source, String reason) {
    return of(
        source,
        () -> {
          throw new BadInputException(reason);
        });
  }
}
