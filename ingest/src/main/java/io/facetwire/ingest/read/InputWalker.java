package io.facetwire.ingest.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lists the inputs under the given files and directories, lazily (one folder listed at a time) and
 * in a stable order, folder by folder sorted by name, so runs and their reports are reproducible.
 * Every entry becomes an input, so the summary accounts for all of them: symbolic links are
 * followed (a folder reached a second time, as through a loop, is skipped), hidden files and
 * folders, FIFOs and devices are skipped with their reason, and a folder that cannot be read or a
 * broken link fails alone while the walk goes on.
 */
public final class InputWalker {
  private InputWalker() {}

  public static Stream<InputDoc> walk(List<Path> roots) {
    // One iterator over all roots, not a flatMap: a flatMapped stream's iterator lists a whole root
    // ahead.
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            new Walk(roots), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Depth-first over the roots in order: entries waiting to be visited, and the folders already
   * listed.
   */
  private static final class Walk implements Iterator<InputDoc> {
    private final Deque<Path> pending = new ArrayDeque<>();
    private final Set<Object> walked = new HashSet<>();
    private final Set<Path> roots;
    private InputDoc next;

    Walk(List<Path> roots) {
      this.roots = new HashSet<>(roots);
      for (int i = roots.size() - 1; i >= 0; i--) pending.push(roots.get(i));
    }

    @Override
    public boolean hasNext() {
      while (next == null && !pending.isEmpty()) next = visit(pending.pop());
      return next != null;
    }

    @Override
    public InputDoc next() {
      if (!hasNext()) throw new NoSuchElementException();
      InputDoc doc = next;
      next = null;
      return doc;
    }

    /** The input an entry is, or null for a folder (its entries are queued instead). */
    private InputDoc visit(Path p) {
      boolean named =
          roots.contains(p); // what the user named is read even when its name starts with a dot
      if (!named && p.getFileName() != null && p.getFileName().toString().startsWith(".")) {
        return Unread.skipped(
            p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "hidden folder" : "hidden file");
      }
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (IOException e) {
        if (Files.isSymbolicLink(p))
          return Unread.failed(p, "broken symbolic link (its target is missing or loops)");
        return Unread.failed(p, reason(e));
      }
      if (a.isRegularFile()) return InputDoc.of(p);
      if (!a.isDirectory()) return Unread.skipped(p, "not a regular file (FIFO, socket or device)");
      if (!walked.add(a.fileKey() != null ? a.fileKey() : p.toAbsolutePath().normalize())) {
        return Unread.skipped(
            p, "folder already walked (a symbolic link loop or a second link to it)");
      }
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
        for (Path e : ds) entries.add(e);
      } catch (IOException e) {
        return Unread.failed(p, "cannot read folder: " + reason(e));
      } catch (DirectoryIteratorException e) {
        return Unread.failed(p, "cannot read folder: " + reason(e.getCause()));
      }
      entries.sort(null);
      for (int i = entries.size() - 1; i >= 0; i--) pending.push(entries.get(i));
      return null;
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) return "no such file or directory";
    if (e instanceof AccessDeniedException) return "permission denied";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
