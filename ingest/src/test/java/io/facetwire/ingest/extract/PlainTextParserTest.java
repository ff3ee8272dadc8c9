package io.facetwire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seed format, checked on the committed seeds themselves. */
class PlainTextParserTest {
  private final PlainTextParser parser = new PlainTextParser();

  static String seed(String name) throws Exception {
    return Files.readString(Path.of("..", "seeds", name));
  }

  @Test
  void datedSeedLosesPrefixAndBoilerplate() throws Exception {
    RawArticle a = parser.parse(seed("000_1a8279244c55cc50.txt"), "seeds/000.txt");
    assertThat(a.published()).hasToString("2025-02-04T00:00Z");
    assertThat(a.title())
        .isEqualTo("El Salvador's President Nayib Bukele and US President Donald Trump");
    assertThat(a.body())
        .startsWith("In a groundbreaking proposal")
        .doesNotContain("Follow us on", "Image Source", "date 2025");
    assertThat(a.body()).contains("\n\n");
  }

  @Test
  void undatedSeedFindsItsHeadlineAndDropsRepeatedParagraphs() throws Exception {
    RawArticle a = parser.parse(seed("004_488510b1f6270a10.txt"), "seeds/004.txt");
    assertThat(a.published()).isNull();
    assertThat(a.title())
        .isEqualTo("El Salvador Proposes to Accept Dangerous US Criminals and Migrants");
    assertThat(a.body())
        .startsWith("In a bold move")
        .doesNotContain("El Salvador Proposes to Accept");
    String repeated = "Alongside accepting US criminals, Bukele stated";
    assertThat(a.body().indexOf(repeated)).isEqualTo(a.body().lastIndexOf(repeated)).isPositive();
  }

  @Test
  void headlineDetection() {
    assertThat(PlainTextParser.looksLikeTitle("Council Approves New Cycle Lanes")).isTrue();
    assertThat(PlainTextParser.looksLikeTitle("The council approved new lanes on Monday."))
        .isFalse();
    assertThat(PlainTextParser.looksLikeTitle("one")).isFalse();
  }

  @Test
  void emptyTextIsABadInput() {
    assertThatThrownBy(() -> parser.parse("  \n\n ", "x.txt"))
        .isInstanceOf(BadInputException.class);
  }
}
