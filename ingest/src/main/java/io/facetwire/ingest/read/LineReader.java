package io.facetwire.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a length cap, unlike {@link java.io.BufferedReader#readLine}: one endless line
 * (a zip bomb of zeros, a file that is not line-oriented) must not take the heap with it.
 */
final class LineReader implements Closeable {
  /** A line, or the number of a line that was too long and was skipped. */
  record Line(long number, String text) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int len;
  private long number;

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its terminator, or null at the end of input. */
  Line next() throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
          len = 0;
          if (!any) return null;
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') pos++;
      if (!tooLong) {
        if (sb.length() + (pos - start) > maxChars) {
          tooLong = true;
          sb = new StringBuilder();
        } else {
          sb.append(buf, start, pos - start);
        }
      }
      if (pos < len) {
        pos++;
        break;
      }
    }
    number++;
    if (tooLong) return new Line(number, null);
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == '\r') sb.setLength(end - 1);
    return new Line(number, sb.toString());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
