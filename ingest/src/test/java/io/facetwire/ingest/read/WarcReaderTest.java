package io.facetwire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.extract.RawArticle;
import org.junit.jupiter.api.Test;

class WarcReaderTest {

  @Test
  void everyHtmlResponseIsACandidateAndNonArticlesAreSkipped() throws Exception {
    for (String name : new String[] {"archive.warc", "archive.warc.gz"}) {
      ReadResults r = ReadResults.read(name);
      RawArticle a = r.only();
      assertThat(a.title()).isEqualTo("Bridge closes for inspection");
      assertThat(a.outlet()).isEqualTo("Lakeside Courier");
      assertThat(a.url()).isEqualTo("https://lakeside-courier.example/news/bridge");
      assertThat(a.published()).hasToString("2024-07-30T08:00+01:00");
      assertThat(a.body()).startsWith("The old iron bridge").doesNotContain("Home", "Copyright");
      assertThat(a.source()).matches(".*" + name.replace(".", "\\.") + "#\\d+");
      assertThat(r.notArticles()).as("the home page and the 404 page in " + name).hasSize(2);
      assertThat(r.failures()).isEmpty();
    }
  }

  @Test
  void aTruncatedArchiveKeepsTheRecordsBeforeTheDamage() throws Exception {
    byte[] whole = java.nio.file.Files.readAllBytes(ReadResults.FORMATS.resolve("archive.warc"));
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length * 3 / 4);
    ReadResults r = ReadResults.read(new FormatReader(), InputDoc.of("cut.warc", cut));
    assertThat(r.articles()).hasSize(1);
  }
}
