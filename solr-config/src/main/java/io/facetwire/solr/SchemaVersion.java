package io.facetwire.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Facetwire schema an embedded core was made with, read from the {@code schema.xml} its
 * configset copy holds ({@code <schema name="facetwire-articles-N">}). Asked before Solr opens the
 * core, so an index of another schema is never opened under this one: Lucene refuses a changed
 * docValues type on an existing index, and a newer index would lose fields to an older schema.
 */
public final class SchemaVersion {
  private static final Pattern NAME =
      Pattern.compile("<schema\\s+name=\"facetwire-articles-(\\d+)\"");

  private SchemaVersion() {}

  /** The version in a schema.xml text; empty for a schema that is not Facetwire's. */
  public static OptionalInt of(String schemaXml) {
    Matcher m = NAME.matcher(schemaXml);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** The version of the configset copy in an embedded core's directory; empty when it has none. */
  public static OptionalInt ofCore(Path coreDir) {
    Path schema = coreDir.resolve("conf").resolve("schema.xml");
    if (!Files.isRegularFile(schema)) return OptionalInt.empty();
    try {
      return of(Files.readString(schema));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + schema, e);
    }
  }

  /** Whether a core directory holds a committed index (a Lucene {@code segments_N} file). */
  public static boolean hasIndex(Path coreDir) {
    Path index = coreDir.resolve("data").resolve("index");
    if (!Files.isDirectory(index)) return false;
    try (DirectoryStream<Path> segments = Files.newDirectoryStream(index, "segments_*")) {
      return segments.iterator().hasNext();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + index, e);
    }
  }
}
