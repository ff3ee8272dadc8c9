package io.facetwire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.extract.RawArticle;
import org.junit.jupiter.api.Test;

/** Every format reads the same gzipped; the inner name decides the format. */
class GzipInputsTest {

  @Test
  void gzippedCsvPageAndTextReadLikeThePlainFiles() throws Exception {
    assertThat(ReadResults.read("articles.csv.gz").articles())
        .extracting(RawArticle::title)
        .containsExactly("Port workers accept new pay offer", "Market hall reopens after repairs");
    RawArticle page = ReadResults.read("herald-flood.html.gz").only();
    assertThat(page.title()).isEqualTo("Floods force hundreds from their homes");
    assertThat(page.outlet()).isEqualTo("Valley Herald");
    assertThat(ReadResults.read("rail-strike.txt.gz").only().body())
        .startsWith("A planned rail strike");
  }

  @Test
  void aFileNamedGzThatIsNotGzipIsAFailure() throws Exception {
    ReadResults r =
        ReadResults.read(
            new FormatReader(), InputDoc.of("fake.jsonl.gz", "{\"text\": \"x\"}".getBytes()));
    assertThat(r.failures().values()).singleElement().asString().contains("not gzip");
  }
}
