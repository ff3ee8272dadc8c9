package io.facetwire.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facetwire.api.FacetwireApplication;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.Configset;
import io.facetwire.solr.OutdatedIndexException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The app started on an embedded index of an older schema: it does not start, says in Spring Boot's
 * short failure report what it found and what to run, prints no stack trace, and leaves the index's
 * configset as it was (overwriting it on start is what broke schema-5 indexes).
 */
@ExtendWith(OutputCaptureExtension.class)
class OutdatedIndexStartIT {
  @TempDir Path home;

  @Test
  void anOlderIndexStopsTheStartWithTheCommandToRun(CapturedOutput output) throws Exception {
    Path core = home.resolve(ArticleFields.COLLECTION);
    Configset.copyTo(core.resolve("conf"));
    Path schema = core.resolve("conf/schema.xml");
    Files.writeString(
        schema,
        Files.readString(schema).replaceFirst("facetwire-articles-\\d+", "facetwire-articles-5"));
    String before = Files.readString(schema);
    try (IndexWriter w =
        new IndexWriter(
            FSDirectory.open(Files.createDirectories(core.resolve("data/index"))),
            new IndexWriterConfig())) {
      w.commit();
    }

    // Arguments, not default properties: application.properties would win over those.
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(FacetwireApplication.class)
                    .run(
                        "--facetwire.solr.url=embedded:" + home,
                        "--server.port=0",
                        "--facetwire.seeds.enabled=false"))
        .hasRootCauseInstanceOf(OutdatedIndexException.class);

    assertThat(output.getAll())
        .contains("APPLICATION FAILED TO START")
        .contains("made by Facetwire schema 5")
        .contains("reindex --solr embedded:" + home)
        .doesNotContain("\tat io.facetwire");
    assertThat(Files.readString(schema)).isEqualTo(before);
  }
}
