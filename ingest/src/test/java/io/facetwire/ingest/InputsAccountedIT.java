package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.facetwire.ingest.read.InputDoc;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.solr.ArticleFields;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input of a run ends up indexed, failed with a reason, or skipped under its reason (issue
 * 20, part 3): symbolic links to folders, unreadable folders, hidden and special files, invalid
 * UTF-8, pretty-printed JSON. Real files, real embedded Solr.
 */
class InputsAccountedIT extends EmptyIndexPerTest {
  @TempDir Path dir;

  private static Path article(Path folder, String name, String title) throws Exception {
    Files.createDirectories(folder);
    return Files.writeString(
        folder.resolve(name),
        title + "\n\n" + title + " was reported by the harbour office on Monday morning.\n");
  }

  private IndexReport index(Path... roots) {
    return index(InputWalker.walk(List.of(roots)));
  }

  private IndexReport index(Stream<InputDoc> inputs) {
    return indexer.index(inputs, new SolrSink(solr), new SolrEarlierCopies(solr));
  }

  private List<String> titles() throws Exception {
    return solr
        .query(new SolrQuery("*:*").setRows(100).setFields(ArticleFields.TITLE))
        .getResults()
        .stream()
        .map(d -> (String) d.getFieldValue(ArticleFields.TITLE))
        .sorted()
        .toList();
  }

  @Test
  void aSymlinkToAFolderGivenAsInputIsFollowed() throws Exception {
    Path real = dir.resolve("real");
    article(real, "a.txt", "Ferry service resumes");
    article(real, "b.txt", "Lighthouse gets a new keeper");
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    IndexReport r = index(link);
    assertThat(r.inputs()).isEqualTo(2);
    assertThat(r.indexed()).isEqualTo(2);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void symlinkedSubfoldersAreFollowedAndALoopIsSkippedUnderItsReason() throws Exception {
    Path root = dir.resolve("corpus");
    article(root, "a.txt", "Ferry service resumes");
    Path elsewhere = dir.resolve("elsewhere");
    article(elsewhere, "b.txt", "Lighthouse gets a new keeper");
    Files.createSymbolicLink(root.resolve("linked"), elsewhere);
    Files.createSymbolicLink(root.resolve("loop"), root);
    IndexReport r = index(root);
    assertThat(titles()).containsExactly("Ferry service resumes", "Lighthouse gets a new keeper");
    assertThat(r.skippedBy())
        .containsExactly(
            Map.entry("folder already walked (a symbolic link loop or a second link to it)", 1));
    assertThat(r.inputs()).isEqualTo(3);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aBrokenSymlinkFailsAloneAndAFifoIsSkipped() throws Exception {
    Path root = dir.resolve("corpus");
    article(root, "a.txt", "Ferry service resumes");
    Files.createSymbolicLink(root.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("pipe.txt").toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
        .as("mkfifo")
        .isTrue();
    IndexReport r = index(root); // a FIFO opened for reading would block the run forever
    assertThat(r.indexed()).isEqualTo(1);
    assertThat(r.failures())
        .containsExactly(
            new IndexReport.Failure(
                root.resolve("gone.txt").toString(),
                "broken symbolic link (its target is missing or loops)"));
    assertThat(r.skippedBy())
        .containsExactly(Map.entry("not a regular file (FIFO, socket or device)", 1));
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void aFolderWithoutReadPermissionFailsAloneAndTheRestIsIndexed() throws Exception {
    assumeThat(System.getProperty("user.name"))
        .as(
            "root reads folders without read permission; as root, "
                + "aFolderGoneWhenTheWalkReachesItFailsAlone checks the same outcome (the folder fails alone, exit 2)")
        .isNotEqualTo("root");
    Path root = dir.resolve("corpus");
    article(root, "a.txt", "Ferry service resumes");
    Path locked = root.resolve("locked");
    article(locked, "b.txt", "Lighthouse gets a new keeper");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      IndexReport r = index(root);
      assertThat(r.indexed()).isEqualTo(1);
      assertThat(r.failures())
          .containsExactly(
              new IndexReport.Failure(locked.toString(), "cannot read folder: permission denied"));
      assertThat(r.exitCode()).isEqualTo(2);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFolderGoneWhenTheWalkReachesItFailsAlone() throws Exception {
    // Works as root too: the walk lists one folder at a time, so a folder removed after its parent
    // was listed cannot be read when the walk gets to it, like a folder without permission.
    Path root = dir.resolve("corpus");
    article(root, "a.txt", "Ferry service resumes");
    Path vanishing = root.resolve("vanishing");
    article(vanishing, "b.txt", "Lighthouse gets a new keeper");
    article(root.resolve("zz"), "c.txt", "Harbour crane breaks down");
    AtomicBoolean removed = new AtomicBoolean();
    IndexReport r =
        index(
            InputWalker.walk(List.of(root))
                .peek(
                    doc -> {
                      if (removed.compareAndSet(false, true)) delete(vanishing);
                    }));
    assertThat(titles()).containsExactly("Ferry service resumes", "Harbour crane breaks down");
    assertThat(r.failures())
        .containsExactly(
            new IndexReport.Failure(vanishing.toString(), "no such file or directory"));
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void pruneKeepsTheArticlesOfAFolderThisRunCouldNotRead() throws Exception {
    Path root = dir.resolve("corpus");
    article(root, "a.txt", "Ferry service resumes");
    Path vanishing = root.resolve("vanishing");
    article(vanishing, "b.txt", "Lighthouse gets a new keeper");
    assertThat(index(root).indexed()).isEqualTo(2);
    AtomicBoolean removed = new AtomicBoolean();
    IndexReport r =
        indexer.index(
            InputWalker.walk(List.of(root))
                .peek(
                    doc -> {
                      if (removed.compareAndSet(false, true)) delete(vanishing);
                    }),
            new SolrSink(solr),
            new SolrEarlierCopies(solr),
            (inputs, articles) -> {},
            List.of(root));
    assertThat(r.failures())
        .extracting(IndexReport.Failure::source)
        .containsExactly(vanishing.toString());
    assertThat(r.pruned()).isZero();
    assertThat(titles()).containsExactly("Ferry service resumes", "Lighthouse gets a new keeper");
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void hiddenFilesAndFoldersAreCountedAsSkipped() throws Exception {
    Path root = dir.resolve("corpus");
    article(root, "a.txt", "Ferry service resumes");
    article(root, ".draft.txt", "A draft nobody should see");
    article(root.resolve(".git"), "b.txt", "Lighthouse gets a new keeper");
    IndexReport r = index(root);
    assertThat(titles()).containsExactly("Ferry service resumes");
    assertThat(r.skippedBy())
        .containsExactly(Map.entry("hidden file", 1), Map.entry("hidden folder", 1));
    assertThat(r.summary()).contains("skipped 1: hidden file", "skipped 1: hidden folder");
  }

  @Test
  void invalidUtf8IsReplacedAndCounted() throws Exception {
    Path root = dir.resolve("corpus");
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    page.writeBytes("Café owners protest\n\n".getBytes(StandardCharsets.UTF_8));
    page.writeBytes(
        "Café, crème, brûlée, naïve, façade, déjà vu, résumé, señor, über, smörgåsbord: "
            .repeat(3)
            .getBytes(StandardCharsets.UTF_8));
    page.write(0xFF); // one stray byte in otherwise valid UTF-8
    page.writeBytes(" the owners said on Monday.\n".getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(root);
    Files.write(root.resolve("cafe.txt"), page.toByteArray());
    Files.write(
        root.resolve("export.jsonl"),
        ("{\"title\": \"Bakers \u00e9lect a chair\", \"text\": \"The bakers met \u00e9")
            .getBytes(StandardCharsets.UTF_8));
    Files.write(
        root.resolve("export.jsonl"),
        new byte[] {(byte) 0xC3, '"', '}', '\n'},
        java.nio.file.StandardOpenOption.APPEND);
    IndexReport r = index(root);
    assertThat(r.indexed()).isEqualTo(2);
    assertThat(r.notes())
        .containsExactly(Map.entry("articles with invalid UTF-8 bytes replaced by U+FFFD", 2));
    assertThat(r.summary())
        .contains("noted 2: articles with invalid UTF-8 bytes replaced by U+FFFD");
  }

  @Test
  void prettyPrintedJsonIsReadAsOneDocumentAndLabelObjectsAreSkipped() throws Exception {
    Path root = dir.resolve("corpus");
    Files.createDirectories(root);
    Files.writeString(
        root.resolve("article.json"),
        """
        {
          "title": "Ferry service resumes",
          "url": "https://example.com/ferry",
          "text": "The ferry service resumed on Monday after a week of storms."
        }
        """);
    Files.writeString(
        root.resolve("articles.json"),
        """
        [
          {"title": "Lighthouse gets a new keeper", "text": "The lighthouse has a new keeper from Monday."},
          {
            "title": "Harbour crane breaks down",
            "text": "The harbour crane broke down again on Tuesday."
          }
        ]
        """);
    Files.writeString(
        root.resolve("oneline.json"),
        "[{\"title\": \"Pier reopens\", \"text\": \"The pier reopened on Friday.\"}]\n");
    Files.writeString(
        root.resolve("labels.json"),
        """
        {
          "title": "A label, not an article",
          "byline": "Someone",
          "publishedTime": "2018-04-05T06:00"
        }
        """);
    IndexReport r = index(root);
    assertThat(titles())
        .containsExactly(
            "Ferry service resumes",
            "Harbour crane breaks down",
            "Lighthouse gets a new keeper",
            "Pier reopens");
    assertThat(r.failures()).isEmpty();
    assertThat(r.skippedBy())
        .containsExactly(Map.entry("JSON object without article text (labels or metadata)", 1));
    assertThat(r.notes())
        .containsExactly(
            Map.entry(".json read as one JSON document (object or array), not as JSON lines", 3));
  }

  @Test
  void aBrokenPrettyPrintedDocumentFailsWithItsLine() throws Exception {
    Path root = dir.resolve("corpus");
    Files.createDirectories(root);
    Files.writeString(
        root.resolve("broken.json"), "{\n  \"title\": \"Ferry\",\n  \"text\": \"The ferry\n");
    IndexReport r = index(root);
    assertThat(r.failures()).hasSize(1);
    assertThat(r.failures().get(0).source()).startsWith(root.resolve("broken.json") + "#");
    assertThat(r.failures().get(0).reason()).startsWith("invalid JSON");
    assertThat(r.exitCode()).isEqualTo(2);
  }
}
