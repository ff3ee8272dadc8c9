package io.facetwire.bench.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Each benchmark writes its numbers as one JSON file in the results folder; the report command
 * reads them all and writes docs/benchmarks.md, so a phase can be re-run alone.
 */
public final class Results {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Results() {}

  public static void write(Path dir, String name, Object value) {
    try {
      Files.createDirectories(dir);
      JSON.writeValue(dir.resolve(name + ".json").toFile(), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> Optional<T> read(Path dir, String name, Class<T> type) {
    Path file = dir.resolve(name + ".json");
    if (!Files.exists(file)) return Optional.empty();
    try {
      return Optional.of(JSON.readValue(file.toFile(), type));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
