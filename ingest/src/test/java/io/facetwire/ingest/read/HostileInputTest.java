package io.facetwire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.extract.RawArticle;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that break naive indexers: each ends as an article or as one failure with a reason, never
 * a crash.
 */
class HostileInputTest {
  static final Path HOSTILE = Path.of("src/test/resources/fixtures/hostile");

  static ReadResults read(Path file) throws Exception {
    return ReadResults.read(new FormatReader(), InputDoc.of(file));
  }

  static String onlyFailure(ReadResults r) {
    assertThat(r.articles()).isEmpty();
    assertThat(r.failures()).hasSize(1);
    return r.failures().values().iterator().next();
  }

  @Test
  void binaryFilesAreRefused() throws Exception {
    assertThat(onlyFailure(read(HOSTILE.resolve("binary.html")))).contains("binary");
  }

  @Test
  void emptyFilesAreRefused() throws Exception {
    assertThat(onlyFailure(read(HOSTILE.resolve("empty.html")))).contains("empty file");
    assertThat(onlyFailure(read(HOSTILE.resolve("blank.txt")))).contains("empty file");
  }

  @Test
  void windows1252PagesReadRightWithAMissingOrWrongCharset() throws Exception {
    for (String name : new String[] {"latin1-no-meta.html", "utf8-declared-but-1252.html"}) {
      RawArticle a = read(HOSTILE.resolve(name)).only();
      assertThat(a.title()).isEqualTo("Café reopens on Quay Street");
      assertThat(a.body()).contains("naïve", "“We learned everything the hard way,”");
    }
  }

  @Test
  void aDeclaredNonUtf8CharsetIsHonoured() throws Exception {
    String page =
        "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><article>"
            + "<p>Городской совет в понедельник утвердил бюджет на следующий год, увеличив расходы на школы и больницы.</p>"
            + "</article></body></html>";
    RawArticle a =
        ReadResults.read(new FormatReader(), InputDoc.of("ru.html", page.getBytes("windows-1251")))
            .only();
    assertThat(a.title()).isEqualTo("Новости");
    assertThat(a.body()).startsWith("Городской совет");
  }

  @Test
  void mostlyUtf8WithAStrayByteStaysUtf8() {
    byte[] utf8 = "Zürich, Genève, Malmö and Łódź: ".repeat(5).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 1);
    bytes[utf8.length] = (byte) 0xE9; // one Latin-1 "é" glued to the end
    assertThat(Decoding.decode(bytes, null)).startsWith("Zürich, Genève, Malmö and Łódź");
  }

  @Test
  void truncatedHtmlKeepsTheTextBeforeTheCut() throws Exception {
    RawArticle a = read(HOSTILE.resolve("truncated.html")).only();
    assertThat(a.title()).isEqualTo("Tram line extension approved");
    assertThat(a.body())
        .startsWith("The regional transport authority")
        .contains("Residents along the route");
  }

  @Test
  void aFiftyMegabytePageIsCutNotFatal(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("huge.html");
    try (BufferedWriter w = Files.newBufferedWriter(page)) {
      w.write(
          "<html><head><title>Harbour fire contained | Port Times</title></head><body><article><h1>Harbour fire contained</h1>");
      w.write(
          "<p>Firefighters contained a warehouse fire at the harbour on Sunday night after six hours, the fire service said, "
              + "and nobody was hurt.</p></article><div class=comments>");
      String comment =
          "<div class=comment><span>reader</span> I saw the smoke from across the bay, unbelievable.</div>\n";
      for (long written = 0; written < 50L * 1024 * 1024; written += comment.length())
        w.write(comment);
      w.write("</div></body></html>");
    }
    assertThat(Files.size(page)).isGreaterThan(50L * 1024 * 1024);
    RawArticle a = read(page).only();
    assertThat(a.title()).isEqualTo("Harbour fire contained");
    assertThat(a.body()).startsWith("Firefighters contained");
  }

  @Test
  void zipBombsAreStoppedAtTheCap(@TempDir Path dir) throws Exception {
    for (String name : new String[] {"bomb.html.gz", "bomb.jsonl.gz"}) {
      Path bomb = dir.resolve(name);
      byte[] zeros = new byte[1024 * 1024];
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
        for (int i = 0; i < 200; i++) out.write(zeros); // 200 MB of zeros in ~200 KB
      }
      assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
      ReadResults r = read(bomb);
      assertThat(r.articles()).isEmpty();
      assertThat(r.failures().values())
          .anySatisfy(
              reason -> assertThat(reason).containsAnyOf("zip bomb", "binary", "line longer"));
    }
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("deep.html");
    int depth = 200_000;
    try (BufferedWriter w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(page), StandardCharsets.UTF_8))) {
      w.write("<html><head><title>Deep page</title></head><body>");
      for (int i = 0; i < depth; i++) w.write("<div>");
      w.write(
          "<p>The text at the bottom of a very deep page is still an article that someone wanted to index and search.</p>");
      for (int i = 0; i < depth; i++) w.write("</div>");
      w.write("</body></html>");
    }
    ReadResults r = read(page);
    assertThat(r.articles().size() + r.failures().size()).isEqualTo(1);
    if (!r.articles().isEmpty()) assertThat(r.only().body()).contains("bottom of a very deep page");
  }
}
