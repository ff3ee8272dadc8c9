package io.facetwire.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.bench.BenchCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {
  @TempDir Path tmp;

  @Test
  void sameSeedWritesTheSameCorpusByteForByte() throws IOException {
    Manifest a = CorpusCommand.generate(7, 300, tmp.resolve("a"));
    Manifest b = CorpusCommand.generate(7, 300, tmp.resolve("b"));
    assertThat(a).isEqualTo(b);
    assertThat(files(tmp.resolve("a"))).hasSize(300 + 1 + 1);
    for (Path f : files(tmp.resolve("a"))) {
      Path rel = tmp.resolve("a").relativize(f);
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(rel)))
          .as(rel.toString())
          .isEqualTo(Files.readAllBytes(f));
    }
    Manifest other = CorpusCommand.generate(8, 300, tmp.resolve("c"));
    assertThat(other.words()).isNotEqualTo(a.words());
  }

  @Test
  void corpusHasTheAdvertisedShape() throws IOException {
    Manifest m = CorpusCommand.generate(11, 2_000, tmp);
    assertThat(m.syndicated()).isBetween(120, 280);
    assertThat(m.outlets()).isEqualTo(50);
    assertThat(m.words() / m.articles()).isBetween(300L, 1_200L);
    List<String> lines = Files.readAllLines(tmp.resolve("jsonl/articles-0000.jsonl"));
    assertThat(lines).hasSize(2_000);
    assertThat(lines.get(0))
        .startsWith("{\"id\":\"syn-0000001\"")
        .contains("\"outlet\":\"Synthetic ");
    String page = Files.readString(tmp.resolve("html/0001/syn-0001001.html"));
    assertThat(page)
        .contains("og:site_name", "article:published_time", "<article>", "synthetic page");
  }

  @Test
  void refusesToMixCorpora() throws IOException {
    Files.writeString(tmp.resolve("other.txt"), "x");
    assertThat(BenchCli.run("corpus", "-n", "5", "-o", tmp.toString())).isEqualTo(1);
    assertThat(BenchCli.run("corpus", "-n", "0", "-o", tmp.resolve("new").toString())).isEqualTo(1);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
