package io.facetwire.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The candidates of one input, read lazily so a multi-gigabyte JSON lines file or web archive never
 * sits in memory. A read error ends the input with one failed candidate naming where it happened;
 * the candidates before it are kept.
 */
public abstract class Records implements Iterator<Candidate>, Closeable {
  private Candidate next;
  private boolean done;

  /** The next candidate, or null at the end of the input. */
  protected abstract Candidate read() throws IOException;

  /** Where the reader is, for the failure of a broken input ({@code file#line}). */
  protected abstract String position();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = read();
      } catch (IOException | RuntimeException e) {
        next = Candidate.failed(position(), reason(e));
        done = true;
        return true;
      }
      if (next == null) done = true;
    }
    return next != null;
  }

  @Override
  public final Candidate next() {
    if (!hasNext()) throw new NoSuchElementException();
    Candidate c = next;
    next = null;
    return c;
  }

  static String reason(Throwable e) {
    String m = e.getMessage();
    if (e instanceof io.facetwire.ingest.extract.BadInputException) return m;
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** Records of an input that is one article. */
  static Records single(Candidate only, Closeable resource) {
    return new Records() {
      private boolean given;

      @Override
      protected Candidate read() {
        if (given) return null;
        given = true;
        return only;
      }

      @Override
      protected String position() {
        return only.source();
      }

      @Override
      public void close() throws IOException {
        if (resource != null) resource.close();
      }
    };
  }
}
