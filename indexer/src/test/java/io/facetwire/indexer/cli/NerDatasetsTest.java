package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Floors for people and organisations on the labelled dev sets, measured on the held-out split
 * (docs/extraction.md has the figures); a change that loses accuracy fails here. The corpora are
 * not in the repository: the test skips when {@code ../shared/datasets} (or the directory in the
 * system property {@code facetwire.datasets}) is absent.
 */
class NerDatasetsTest {
  private static final Path DATASETS =
      Path.of(System.getProperty("facetwire.datasets", "../../shared/datasets"));

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // corpus file,                       split,    floors: people F1 (surname-lenient), people P,
    // orgs P, orgs F1
    "ner/uner-en-pud/en_pud-ud-test.iob2, held_out, 0.68 0.91 0.74 0.48",
    "ner/uner-en-ewt/en_ewt-ud-dev.iob2,  held_out, 0.61 0.73 0.47 0.39",
    "ner/wikigold/wikigold.conll.txt,     held_out, 0.77 0.84 0.72 0.44",
    "ner/gmb/ner_dataset.conll,           held_out, 0.82 0.83 0.78 0.59"
  })
  void peopleAndOrganisationsStayAboveTheirFloors(String corpus, String split, String floors) {
    assertFloors(corpus, floors, "--split", split);
  }

  /**
   * The rules alone, without the name finder indexing runs beside them (GMB and WikiGold: the
   * held-out half; the name finder was trained on the other).
   */
  @ParameterizedTest(name = "{0} {1} rules only")
  @CsvSource({
    // corpus file,                       split,    floors: people F1 (surname-lenient), people P,
    // orgs P, orgs F1
    "ner/uner-en-pud/en_pud-ud-test.iob2, held_out, 0.63 0.92 0.73 0.42",
    "ner/uner-en-ewt/en_ewt-ud-dev.iob2,  held_out, 0.53 0.74 0.45 0.38",
    "ner/wikigold/wikigold.conll.txt,     held_out, 0.76 0.84 0.74 0.44"
  })
  void theRulesAloneStayAboveTheirFloors(String corpus, String split, String floors) {
    assertFloors(corpus, floors, "--rules-only", "--split", split);
  }

  private static void assertFloors(String corpus, String floors, String... options) {
    Path file = DATASETS.resolve(corpus);
    assumeTrue(
        Files.isRegularFile(file),
        "dev set "
            + file.toAbsolutePath()
            + " not present (../shared/datasets is "
            + "outside the repository; set -Dfacetwire.datasets=DIR to point at it)");
    String[] args = java.util.Arrays.copyOf(options, options.length + 2);
    args[options.length] = "--conll";
    args[options.length + 1] = file.toString();
    String out = evaluate(args);
    String[] f = floors.split(" ");
    assertThat(score(out, "people (surname-lenient)", 3))
        .as(out)
        .isGreaterThanOrEqualTo(Double.parseDouble(f[0]));
    assertThat(score(out, "people (surname-lenient)", 1))
        .as(out)
        .isGreaterThanOrEqualTo(Double.parseDouble(f[1]));
    assertThat(score(out, "orgs", 1)).as(out).isGreaterThanOrEqualTo(Double.parseDouble(f[2]));
    if (f.length > 3) {
      assertThat(score(out, "orgs", 3)).as(out).isGreaterThanOrEqualTo(Double.parseDouble(f[3]));
    }
  }

  @ParameterizedTest(name = "reuters-dev {0}")
  @CsvSource({"tune", "held_out"})
  void reutersDevPeopleStayExact(String split) {
    Path dir = DATASETS.resolve("reuters-dev");
    assumeTrue(
        Files.isRegularFile(dir.resolve("labels.json")),
        "reuters-dev not present at " + dir.toAbsolutePath());
    String out =
        evaluate(
            "--split", split, "--labels", dir.resolve("labels.json").toString(), dir.toString());
    assertThat(score(out, "people (surname-lenient)", 3)).as(out).isGreaterThanOrEqualTo(0.99);
  }

  private static String evaluate(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      String[] all = new String[args.length + 1];
      all[0] = "evaluate";
      System.arraycopy(args, 0, all, 1, args.length);
      assertThat(IndexerCli.run(all)).isZero();
    } finally {
      System.setOut(saved);
    }
    return o.toString(StandardCharsets.UTF_8);
  }

  /** Group 1 = P, 2 = R, 3 = F1 of the named line. */
  private static double score(String out, String line, int group) {
    Matcher m =
        Pattern.compile(Pattern.quote(line) + "\\s+P=([\\d.]+) R=([\\d.]+) F1=([\\d.]+)")
            .matcher(out);
    assertThat(m.find()).as("line '%s' in%n%s", line, out).isTrue();
    return Double.parseDouble(m.group(group));
  }
}
