package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @TempDir Path dir;

  /** A gazetteer read from a real file, as the CLI reads it. */
  static Gazetteer parse(String tsv) {
    try {
      Path file = Files.createTempFile("gazetteer", ".tsv");
      try {
        Files.writeString(file, tsv);
        return Gazetteer.load(file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aliasesResolveToTheCanonicalNameInAnyCase() {
    Gazetteer g = parse("# people\nperson\tDonald Trump\tDonald J. Trump|Trump\n");
    assertThat(g.canonical("donald j. trump")).contains("Donald Trump");
    assertThat(g.canonical("Trump")).contains("Donald Trump");
    assertThat(g.canonical("Donald Trump")).contains("Donald Trump");
    assertThat(g.canonical("Melania Trump")).isEmpty();
  }

  @Test
  void builtInEntriesListFirmsNamedLikePeopleAndLongerNamesStartingWithThem() {
    Gazetteer g = Gazetteer.builtIn();
    assertThat(g.notPerson("Merrill Lynch")).isTrue();
    assertThat(g.notPerson("Merrill Lynch Capital Markets")).isTrue();
    assertThat(g.notPerson("Lynch")).isFalse();
  }

  @Test
  void aResearchersFileOverridesTheBuiltInList() {
    Gazetteer g = parse("person\tCharles Schwab\n");
    assertThat(g.notPerson("Charles Schwab")).isFalse();
    assertThat(g.canonical("Charles Schwab")).contains("Charles Schwab");
    assertThat(parse("not-person\tCharles Schwab\n").canonical("Charles Schwab")).isEmpty();
  }

  @Test
  void aMalformedLineIsRejectedWithItsLineNumber() {
    assertThatThrownBy(() -> parse("person\tA B\nalias Trump\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> Gazetteer.load(dir.resolve("missing.tsv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing.tsv");
  }
}
