package io.facetwire.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An entry the walk found but that is not read, and why: skipped on purpose (a hidden file, a FIFO,
 * a folder reached a second time through a link) or failed (an unreadable folder, a broken link).
 * It travels with the inputs so the run's summary counts it like any other input.
 */
record Unread(Path file, String reason, boolean failed) implements InputDoc {
  static Unread skipped(Path file, String reason) {
    return new Unread(file, reason, false);
  }

  static Unread failed(Path file, String reason) {
    return new Unread(file, reason, true);
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public InputStream open() throws IOException {
    throw new IOException(reason);
  }

  @Override
  public long size() {
    return -1;
  }

  @Override
  public Optional<Path> path() {
    return Optional.of(file);
  }
}
