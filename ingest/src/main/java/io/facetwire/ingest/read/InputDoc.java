package io.facetwire.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One input to read: a file on disk, or a resource bundled in a jar (the seeds). The content is
 * opened lazily so a walk over a million files holds none of them in memory.
 */
public interface InputDoc {
  /** What the summary and the {@code source} field call it. */
  String name();

  InputStream open() throws IOException;

  long size();

  /**
   * The file on disk, when there is one: sidecar metadata and manifests are looked up next to it.
   */
  default Optional<Path> path() {
    return Optional.empty();
  }

  static InputDoc of(Path file) {
    return of(file.toString(), file);
  }

  /** A file on disk known by another name, e.g. an upload spooled under a temporary directory. */
  static InputDoc of(String name, Path file) {
    return new InputDoc() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }

      @Override
      public long size() {
        try {
          return Files.size(file);
        } catch (IOException e) {
          return -1;
        }
      }

      @Override
      public Optional<Path> path() {
        return Optional.of(file);
      }
    };
  }

  static InputDoc of(String name, byte[] content) {
    return new InputDoc() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return new java.io.ByteArrayInputStream(content);
      }

      @Override
      public long size() {
        return content.length;
      }
    };
  }
}
