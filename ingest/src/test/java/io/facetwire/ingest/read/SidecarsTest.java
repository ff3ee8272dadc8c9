package io.facetwire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.extract.RawArticle;
import org.junit.jupiter.api.Test;

class SidecarsTest {

  @Test
  void aJsonSidecarOverridesWhatTheTextSays() throws Exception {
    RawArticle a = ReadResults.read("sidecars/rail-strike.txt").only();
    assertThat(a.title()).isEqualTo("Rail strike called off after late talks");
    assertThat(a.url()).isEqualTo("https://metro-daily.example/rail-strike");
    assertThat(a.outlet()).isEqualTo("Metro Daily");
    assertThat(a.byline()).isEqualTo("Priya Shah");
    assertThat(a.published()).hasToString("2024-09-08T22:40Z");
    assertThat(a.body()).startsWith("A planned rail strike");
  }

  @Test
  void theFolderManifestGivesMetadataByFileName() throws Exception {
    RawArticle a = ReadResults.read("sidecars/park-reopens.txt").only();
    assertThat(a.title()).isEqualTo("Riverside park reopens");
    assertThat(a.url()).isEqualTo("https://metro-daily.example/park");
    assertThat(a.published())
        .as("the manifest's date wins over the text's prefix")
        .hasToString("2024-09-07T00:00Z");
  }

  @Test
  void sidecarsAndManifestsAreNotArticlesThemselves() {
    FormatReader reader = new FormatReader();
    assertThat(
            reader.formatOf(InputDoc.of(ReadResults.FORMATS.resolve("sidecars/rail-strike.json"))))
        .isEmpty();
    assertThat(reader.formatOf(InputDoc.of(ReadResults.FORMATS.resolve("sidecars/manifest.csv"))))
        .isEmpty();
    assertThat(reader.formatOf(InputDoc.of(ReadResults.FORMATS.resolve("articles.csv"))))
        .contains(Format.CSV);
    assertThat(reader.formatOf(InputDoc.of(ReadResults.FORMATS.resolve("archive.warc.gz"))))
        .contains(Format.WARC);
  }
}
