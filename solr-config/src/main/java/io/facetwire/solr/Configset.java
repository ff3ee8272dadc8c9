package io.facetwire.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The one Facetwire configset, read from this jar. Solr writes into a configset's directory and a
 * jar is read-only, so every deployment gets a copy: a directory for embedded Solr, a zip for the
 * ConfigSet API of standalone and cloud Solr.
 */
public final class Configset {
  /** Every file of the configset; listed because a jar cannot be walked portably. */
  static final List<String> FILES =
      List.of(
          "schema.xml",
          "solrconfig.xml",
          "lang/stopwords_en.txt",
          "lang/stopwords_es.txt",
          "lang/stopwords_pt.txt",
          "lang/stopwords_fr.txt",
          "lang/stopwords_de.txt",
          "lang/stopwords_it.txt",
          "lang/stopwords_nl.txt",
          "lang/stopwords_ru.txt",
          "lang/stopwords_ar.txt",
          "lang/elision_it.txt");

  private Configset() {}

  /** Copies the configset into {@code confDir}, replacing older copies of the same files. */
  public static void copyTo(Path confDir) {
    copyTo(ArticleFields.CONFIGSET, FILES, confDir);
  }

  /**
   * Copies the files of the configset {@code set} (in this jar under /configsets/set/conf) into
   * {@code confDir}.
   */
  static void copyTo(String set, List<String> files, Path confDir) {
    try {
      for (String name : files) {
        Path target = confDir.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = open(set, name)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Solr configset to " + confDir, e);
    }
  }

  /** The configset as a zip, the form the ConfigSet API uploads. */
  public static byte[] zip() {
    return zip(ArticleFields.CONFIGSET, FILES);
  }

  static byte[] zip(String set, List<String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : files) {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = open(set, name)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static String read(String name) {
    try (InputStream in = open(ArticleFields.CONFIGSET, name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String set, String name) throws IOException {
    String path = "/configsets/" + set + "/conf/" + name;
    InputStream in = Configset.class.getResourceAsStream(path);
    if (in == null) throw new IOException("Configset file missing from the jar: " + path);
    return in;
  }
}
