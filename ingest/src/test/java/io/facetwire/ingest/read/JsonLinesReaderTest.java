package io.facetwire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.extract.RawArticle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  @Test
  void readsEveryGoodLineAndReportsBadOnesByLine() throws Exception {
    ReadResults r = ReadResults.read("articles.jsonl");
    String file = ReadResults.FORMATS.resolve("articles.jsonl").toString();
    assertThat(r.articles())
        .extracting(RawArticle::title)
        .containsExactly(
            "Council approves late-night bus routes",
            "Flood defences finished a year early",
            "Library extends opening hours");
    assertThat(r.failures()).containsOnlyKeys(file + "#4", file + "#6");
    assertThat(r.failures().get(file + "#4")).startsWith("invalid JSON");
    assertThat(r.failures().get(file + "#6")).contains("no text");
    RawArticle first = r.articles().get(0);
    assertThat(first.source()).isEqualTo(file + "#1");
    assertThat(first.url()).isEqualTo("https://www.riverton-herald.example/news/late-night-buses");
    assertThat(first.outlet()).isEqualTo("Riverton Herald");
    assertThat(first.byline()).isEqualTo("Mara Quist");
    assertThat(first.published()).hasToString("2024-03-02T09:15Z");
    assertThat(first.body()).startsWith("The city council").contains("\n\nShift workers");
  }

  @Test
  void mapsCommonAliasesAndStripsMarkupFromText() throws Exception {
    RawArticle flood = ReadResults.read("articles.jsonl").articles().get(1);
    assertThat(flood.url()).isEqualTo("https://valley-times.example/2024/05/flood-defences");
    assertThat(flood.outlet()).isEqualTo("Valley Times");
    assertThat(flood.published()).hasToString("2024-05-17T00:00Z");
    assertThat(flood.body())
        .isEqualTo(
            "Engineers completed the new flood wall along the Wend river twelve months ahead of schedule."
                + "\n\nThe wall protects about 900 homes that flooded in 2019.");
    RawArticle library = ReadResults.read("articles.jsonl").articles().get(2);
    assertThat(library.published()).as("an unparseable date leaves the article undated").isNull();
  }

  @Test
  void gzippedLinesReadTheSame() throws Exception {
    ReadResults plain = ReadResults.read("articles.jsonl");
    ReadResults gz = ReadResults.read("articles.jsonl.gz");
    assertThat(gz.articles())
        .extracting(RawArticle::body)
        .isEqualTo(plain.articles().stream().map(RawArticle::body).toList());
    assertThat(gz.failures()).hasSize(2);
  }

  @Test
  void aLineLongerThanTheCapFailsAloneAndTheNextLinesAreRead() throws Exception {
    StringBuilder sb = new StringBuilder("{\"text\": \"");
    sb.append("a ".repeat(JsonLinesReader.MAX_LINE_CHARS / 2 + 10)).append("\"}\n");
    sb.append("{\"title\": \"After\", \"text\": \"The line after a huge one is still read.\"}\n");
    ReadResults r =
        ReadResults.read(
            new FormatReader(),
            InputDoc.of("big.jsonl", sb.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(r.failures()).containsOnlyKeys("big.jsonl#1");
    assertThat(r.only().title()).isEqualTo("After");
  }
}
