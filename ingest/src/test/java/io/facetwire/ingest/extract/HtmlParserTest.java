package io.facetwire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HtmlParserTest {
  private final HtmlParser parser = new HtmlParser();

  @Test
  void readsMetadataAndMainTextFromANewsPage() throws Exception {
    String html = Files.readString(Path.of("src/test/resources/fixtures/html/harbour-strike.html"));
    RawArticle a = parser.parse(html, null, "harbour-strike.html");
    assertThat(a.title()).isEqualTo("Dockworkers strike shuts harbour for third day");
    assertThat(a.outlet()).isEqualTo("The Coastal Ledger");
    assertThat(a.url())
        .isEqualTo("https://www.coastal-ledger.example/news/2024/05/14/dockworkers-strike/");
    assertThat(a.published()).hasToString("2024-05-14T08:30+01:00");
    assertThat(a.byline()).isEqualTo("Jane Harrow");
    assertThat(a.lang()).isEqualTo("en");
    assertThat(a.body())
        .startsWith("The harbour at Port Merrow")
        .contains("Helen Marsh")
        .contains("\n\n")
        .doesNotContain(
            "cookies",
            "Share on",
            "Related stories",
            "Reader42",
            "Photo: Ledger",
            "All rights reserved",
            "tracking");
  }

  @Test
  void aPageWithoutArticleTextIsABadInput() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    "<html><body><div><p>Click <a href=#>here</a></div></sp", null, "x.html"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no article text");
  }

  @Test
  void titleSuffixIsRemovedWithoutMetadata() {
    String html =
        "<html><head><title>Rates held steady again | Daily Bugle</title></head><body><article>"
            + "<p>The central bank held its main interest rate steady for the fourth meeting in a row on Thursday, "
            + "citing stubborn inflation in services and a cooling labour market.</p></article></body></html>";
    RawArticle a = parser.parse(html, null, "x.html");
    assertThat(a.title()).isEqualTo("Rates held steady again");
  }

  @Test
  void bylinesFromMarkupInOtherLanguagesAndBemClassNames() {
    String prose =
        "<p>Le séisme a fait des milliers de victimes, et les secours arrivent lentement dans les vallées"
            + " isolées du pays, où les routes sont coupées par les glissements de terrain.</p>";
    RawArticle fr =
        parser.parse(
            "<html><body><article><span class=author>Par<span class=authorname> Sébastien Farcis"
                + "</span></span>"
                + prose
                + "</article></body></html>",
            null,
            "x.html");
    assertThat(fr.byline()).isEqualTo("Sébastien Farcis");
    RawArticle bem =
        parser.parse(
            "<html><body><div class=article__header><div class=article__author>By\n\t\tScott"
                + " Cunningham\t</div></div><article>"
                + prose
                + "</article></body></html>",
            null,
            "x.html");
    assertThat(bem.byline()).isEqualTo("Scott Cunningham");
    assertThat(Bylines.clean("Par Sébastien Farcis")).isEqualTo("Sébastien Farcis");
    assertThat(Bylines.clean("Von Anna Schmidt")).isEqualTo("Anna Schmidt");
  }
}
