package io.facetwire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facetwire.ingest.extract.RawArticle;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsRowsWithMultiLineBodiesAndReportsBadRowsByLine() throws Exception {
    ReadResults r = ReadResults.read("articles.csv");
    String file = ReadResults.FORMATS.resolve("articles.csv").toString();
    assertThat(r.articles()).hasSize(2);
    RawArticle port = r.articles().get(0);
    assertThat(port.title()).isEqualTo("Port workers accept new pay offer");
    assertThat(port.url()).isEqualTo("https://harbour-news.example/port-pay");
    assertThat(port.published()).hasToString("2024-06-01T14:00+02:00");
    assertThat(port.outlet()).isEqualTo("Harbour News");
    assertThat(port.byline()).isEqualTo("Ana Lind");
    assertThat(port.body()).contains("overtime bans.\n\nThe union");
    assertThat(port.source()).isEqualTo(file + "#2");
    RawArticle market = r.articles().get(1);
    assertThat(market.published()).hasToString("2024-06-03T00:00Z");
    assertThat(market.outlet())
        .as("outlet from the URL's host when the row has none")
        .isEqualTo("harbour-news.example");
    assertThat(market.source()).isEqualTo(file + "#5");
    assertThat(r.failures()).containsOnlyKeys(file + "#6");
  }

  @Test
  void columnsCanBeNamedOnTheCommandLine() throws Exception {
    Columns columns =
        new Columns(
            Map.of("title", "hed", "text", "story_text", "date", "when", "outlet", "paper"));
    RawArticle a =
        ReadResults.read(
                new FormatReader(columns),
                InputDoc.of(ReadResults.FORMATS.resolve("custom-columns.csv")))
            .only();
    assertThat(a.title()).isEqualTo("School meals to be free for all pupils");
    assertThat(a.outlet()).isEqualTo("County Gazette");
    assertThat(a.published()).hasToString("2024-07-09T00:00Z");
    assertThat(ReadResults.read("custom-columns.csv").failures())
        .as("without the mapping there is no text column")
        .hasSize(1);
    assertThatThrownBy(() -> new Columns(Map.of("headline", "x")))
        .hasMessageContaining("unknown field");
  }
}
