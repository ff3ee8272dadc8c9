package io.facetwire.ingest;

import java.nio.file.Path;

/**
 * The file part of a {@code source} value: records of multi-article files are {@code file#line}.
 */
final class Sources {
  private Sources() {}

  static String file(String source) {
    int hash = source.lastIndexOf('#');
    if (hash > 0
        && hash < source.length() - 1
        && source.substring(hash + 1).chars().allMatch(Character::isDigit)) {
      return source.substring(0, hash);
    }
    return source;
  }

  /** Whether a source lies under a root (compared as absolute, normalised paths). */
  static boolean under(String source, Path root) {
    try {
      return Path.of(file(source))
          .toAbsolutePath()
          .normalize()
          .startsWith(root.toAbsolutePath().normalize());
    } catch (RuntimeException e) {
      return false;
    }
  }
}
