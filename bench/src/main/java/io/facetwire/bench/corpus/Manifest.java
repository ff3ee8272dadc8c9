package io.facetwire.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * What a generated corpus is ({@code corpus.json} next to it): enough to rebuild its {@link
 * CorpusModel} for the query mix and to describe it in docs/benchmarks.md.
 */
public record Manifest(
    long seed,
    int articles,
    int syndicated,
    int outlets,
    long htmlBytes,
    long words,
    String generator) {
  public static final String FILE = "corpus.json";
  static final String GENERATOR = "facetwire-bench corpus v1";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  public static Manifest read(Path corpus) {
    try {
      return JSON.readValue(corpus.resolve(FILE).toFile(), Manifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read " + corpus.resolve(FILE) + " (generate the corpus first): " + e.getMessage(),
          e);
    }
  }

  void write(Path corpus) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(corpus.resolve(FILE).toFile(), this);
  }

  public CorpusModel model() {
    return new CorpusModel(seed, articles);
  }

  public Path html(Path corpus) {
    return corpus.resolve("html");
  }

  public Path jsonl(Path corpus) {
    return corpus.resolve("jsonl");
  }
}
