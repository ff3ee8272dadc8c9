package io.facetwire.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.ingest.read.InputDoc;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpoolTest {

  @Test
  void submittedNamesStayInsideTheSpool() {
    assertThat(Spool.relativeName("../../etc/passwd")).isEqualTo("etc/passwd");
    assertThat(Spool.relativeName("/home/ana/corpus/a.txt")).isEqualTo("home/ana/corpus/a.txt");
    assertThat(Spool.relativeName("C:\\Users\\ana\\a.html")).isEqualTo("Users/ana/a.html");
    assertThat(Spool.relativeName("./x/./y.jsonl")).isEqualTo("x/y.jsonl");
    assertThat(Spool.relativeName("we\u0000ird\n.csv")).isEqualTo("weird.csv");
    for (String bad : new String[] {null, "", "  ", "../..", "/"}) {
      assertThatThrownBy(() -> Spool.relativeName(bad))
          .as(String.valueOf(bad))
          .isInstanceOf(BadRequestException.class);
    }
  }

  @Test
  void bodiesBeyondTheLimitAndClashingNamesAreRefusedAndTheSpoolIsDeleted() throws Exception {
    Spool spool = Spool.create(10);
    Path dir;
    try (spool) {
      spool.add("a.jsonl", new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
      dir = spool.inputs().findFirst().flatMap(InputDoc::path).orElseThrow().getParent();
      assertThatThrownBy(() -> spool.add("a.jsonl/b.txt", new ByteArrayInputStream(new byte[1])))
          .isInstanceOf(BadRequestException.class);
      assertThatThrownBy(() -> spool.add("a.jsonl", new ByteArrayInputStream(new byte[1])))
          .isInstanceOf(BadRequestException.class)
          .hasMessageContaining("two files");
      assertThatThrownBy(() -> spool.add("big.csv", new ByteArrayInputStream(new byte[11])))
          .isInstanceOf(UploadTooLargeException.class)
          .hasMessageContaining("10 bytes");
      assertThat(spool.inputs().map(InputDoc::name)).contains("a.jsonl");
    }
    assertThat(Files.exists(dir)).isFalse();
  }
}
