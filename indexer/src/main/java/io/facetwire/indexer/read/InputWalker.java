package io.facetwire.indexer.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the inputs under the given files and directories, lazily and in a stable order (so runs and
 * their reports are reproducible). Hidden files and directories are left out.
 */
public final class InputWalker {
  private InputWalker() {}

  public static Stream<InputDoc> walk(List<Path> roots) {
    return roots.stream().flatMap(InputWalker::walk);
  }

  private static Stream<InputDoc> walk(Path root) {
    if (!Files.exists(root)) return Stream.of(missing(root));
    if (Files.isRegularFile(root)) return Stream.of(InputDoc.of(root));
    try {
      return Files.walk(root)
          .filter(Files::isRegularFile)
          .filter(p -> root.relativize(p).toString().isEmpty() || !hidden(root.relativize(p)))
          .sorted()
          .map(InputDoc::of);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }

  private static InputDoc missing(Path root) {
    return new InputDoc() {
      @Override
      public String name() {
        return root.toString();
      }

      @Override
      public java.io.InputStream open() throws IOException {
        throw new NoSuchFileException(root.toString(), null, "no such file or directory");
      }

      @Override
      public long size() {
        return -1;
      }
    };
  }
}
