package io.facetwire.ingest.read;

import io.facetwire.ingest.extract.BadInputException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens inputs, decompressing {@code .gz} ones (by name or by magic bytes) behind a cap on the
 * decompressed size: a few kilobytes of zip bomb must not fill the heap or the disk of the run.
 */
final class Streams {
  private Streams() {}

  static boolean gzipName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".gz") || n.endsWith(".gzip");
  }

  /** The name without a compression suffix: {@code a.jsonl.gz} is read as {@code a.jsonl}. */
  static String innerName(String name) {
    return gzipName(name) ? name.substring(0, name.lastIndexOf('.')) : name;
  }

  /**
   * The decompressed content, failing with {@link BadInputException} once more than {@code cap}
   * bytes come out of a compressed input. Uncompressed inputs are not capped here (readers bound
   * what they hold).
   */
  static InputStream open(InputDoc doc, long cap) throws IOException {
    InputStream in = new BufferedInputStream(doc.open(), 64 * 1024);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) return new Capped(new GZIPInputStream(in, 64 * 1024), cap);
    if (gzipName(doc.name())) {
      in.close();
      throw new BadInputException("not gzip data although named .gz");
    }
    return in;
  }

  /**
   * A one-article file's bytes, cut at {@code max} (only broken pages are longer) and decoded; a
   * compressed file that inflates beyond it is refused as a zip bomb.
   */
  static String readText(InputDoc doc, int max) throws IOException {
    byte[] bytes;
    try (InputStream in = open(doc, max)) {
      bytes = in.readNBytes(max);
    }
    if (bytes.length == 0) throw new BadInputException("empty file");
    String content = Decoding.decode(bytes, null);
    if (content.isBlank()) throw new BadInputException("empty file (only white space)");
    return content;
  }

  /** Stops reading at the cap and says why, instead of silently truncating a compressed input. */
  private static final class Capped extends FilterInputStream {
    private final long cap;
    private long count;

    Capped(InputStream in, long cap) {
      super(in);
      this.cap = cap;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count(1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count(n);
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > cap) {
        throw new BadInputException(
            "decompresses to more than " + cap / (1024 * 1024) + " MB (zip bomb?); not read");
      }
    }
  }
}
