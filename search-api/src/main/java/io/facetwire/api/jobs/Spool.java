package io.facetwire.api.jobs;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.ingest.Ingest;
import io.facetwire.ingest.read.InputDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of one upload, on disk in a temporary directory of their own until the job ends. Files
 * keep the folder layout of their names (sanitised to stay inside the directory), so sidecar {@code
 * NAME.json} files and {@code manifest.csv} sit beside the articles they describe, as in a local
 * run; their names are the articles' {@code source}.
 */
final class Spool implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Spool.class);
  private final Path dir;
  private final long maxBytes;
  private final List<String> names = new ArrayList<>();
  private long bytes;

  private Spool(Path dir, long maxBytes) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }

  static Spool create(long maxBytes) throws IOException {
    return new Spool(Files.createTempDirectory("facetwire-upload-"), maxBytes);
  }

  void add(MultipartFile file) throws IOException {
    Path target = target(file.getOriginalFilename());
    count(file.getSize());
    file.transferTo(target);
  }

  /** A request body holding one export; stops at the limit instead of filling the disk. */
  void add(String name, InputStream body) throws IOException {
    Path target = target(name);
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = body.read(buffer)) >= 0; ) {
        count(n);
        out.write(buffer, 0, n);
      }
    }
  }

  private void count(long n) {
    bytes += n;
    if (bytes > maxBytes) throw new UploadTooLargeException(maxBytes);
  }

  private Path target(String submitted) throws IOException {
    String name = relativeName(submitted);
    if (names.contains(name)) throw new BadRequestException("two files are named '" + name + "'");
    names.add(name);
    Path target = dir.resolve(name).normalize();
    if (!target.startsWith(dir))
      throw new BadRequestException("file name '" + submitted + "' is not allowed");
    try {
      Files.createDirectories(target.getParent());
    } catch (IOException e) {
      // A file and a folder of one name ("a" and "a/b.txt"), or a name too long for the disk.
      throw new BadRequestException(
          "file name '" + name + "' cannot be stored beside the other files of the upload");
    }
    if (Files.exists(target))
      throw new BadRequestException("file name '" + name + "' is also a folder of the upload");
    return target;
  }

  /**
   * The part of a submitted name that is safe as a path below the spool: no drive, no root, no
   * {@code ..}, no control characters. {@code C:\data\a.txt} becomes {@code data/a.txt}.
   */
  static String relativeName(String submitted) {
    if (submitted == null || submitted.isBlank())
      throw new BadRequestException("every file needs a file name");
    List<String> parts = new ArrayList<>();
    for (String part : submitted.replace('\\', '/').split("/")) {
      String p = part.replaceAll("\\p{Cntrl}", "").strip();
      if (p.isEmpty() || p.equals(".") || p.equals("..") || p.matches("[A-Za-z]:")) continue;
      parts.add(p);
    }
    if (parts.isEmpty())
      throw new BadRequestException("file name '" + submitted + "' names no file");
    return String.join("/", parts);
  }

  /** Refuses the upload when a file is of no format the indexer reads, naming the files. */
  void checkFormats() {
    List<String> unknown = names.stream().filter(n -> !Ingest.readable(input(n))).toList();
    if (!unknown.isEmpty()) throw new UnsupportedUploadException(unknown);
  }

  /** No files, or only empty ones: nothing to index, so no job. */
  boolean isEmpty() {
    return bytes == 0;
  }

  /** The spooled files in name order, as the indexer reads them. */
  Stream<InputDoc> inputs() {
    return names.stream().sorted(Comparator.naturalOrder()).map(this::input);
  }

  private InputDoc input(String name) {
    return Ingest.input(name, dir.resolve(name));
  }

  @Override
  public void close() {
    try {
      FileSystemUtils.deleteRecursively(dir);
    } catch (IOException e) {
      log.warn("Could not delete the upload spool {}: {}", dir, e.toString());
    }
  }
}
