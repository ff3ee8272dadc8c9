package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final String LABELS = "src/test/resources/evaluation/seeds-labels.json";

  private static CliRun evaluate(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "evaluate";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.of(all);
  }

  private static double score(String out, String line, String measure) {
    Matcher m =
        Pattern.compile(Pattern.quote(line) + "\\s+P=([\\d.]+) R=([\\d.]+) F1=([\\d.]+)")
            .matcher(out);
    assertThat(m.find()).as("line '%s' in%n%s", line, out).isTrue();
    return Double.parseDouble(
        m.group(
            switch (measure) {
              case "P" -> 1;
              case "R" -> 2;
              default -> 3;
            }));
  }

  @Test
  void theSeedsPeopleAndTopicsAreFound() {
    CliRun r = evaluate("--labels", LABELS, SEEDS.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 labelled articles");
    assertThat(score(r.out(), "people (exact full name)", "F1")).isGreaterThanOrEqualTo(0.93);
    assertThat(score(r.out(), "people (surname-lenient)", "F1")).isGreaterThanOrEqualTo(0.93);
    assertThat(score(r.out(), "topic crime", "P")).isGreaterThanOrEqualTo(0.9);
    assertThat(score(r.out(), "topic migration", "F1")).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void verboseListsMissesPerFile(@TempDir Path dir) throws Exception {
    Path labels = dir.resolve("labels.json");
    Files.writeString(
        labels, "{\"000_1a8279244c55cc50.txt\": {\"people\": [\"Nobody Here\"], \"topics\": []}}");
    CliRun r = evaluate("-v", "--labels", labels.toString(), SEEDS.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("1 labelled articles").contains("missed=[Nobody Here]");
    assertThat(score(r.out(), "people (exact full name)", "R")).isZero();
  }

  @Test
  void badLabelsOrNoLabelledFilesAreAClearError(@TempDir Path dir) throws Exception {
    Path notJson = dir.resolve("labels.json");
    Files.writeString(notJson, "[1, 2]");
    CliRun r = evaluate("--labels", notJson.toString(), SEEDS.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("not a JSON object");
    Files.writeString(notJson, "{\"other.txt\": {\"people\": []}}");
    assertThat(evaluate("--labels", notJson.toString(), SEEDS.toString()).err())
        .contains("no file under");
    assertThat(evaluate("--labels", dir.resolve("none.json").toString(), SEEDS.toString()).exit())
        .isEqualTo(1);
  }

  @Test
  void aConllCorpusIsScoredForPeopleAndOrganisations(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("tiny.conll");
    Files.writeString(
        corpus,
        """
        -DOCSTART- O

        Prime I-PER
        Minister I-PER
        John I-PER
        Major I-PER
        met O
        Kofi I-PER
        Annan I-PER
        of O
        the O
        United I-ORG
        Nations I-ORG
        and O
        Merrill I-ORG
        Lynch I-ORG
        & I-ORG
        Co I-ORG
        . O
        """);
    CliRun r = evaluate("--conll", corpus.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("tiny.conll, split all: 1 documents");
    assertThat(score(r.out(), "people (surname-lenient)", "F1")).isEqualTo(1.0);
    assertThat(score(r.out(), "orgs", "P")).isEqualTo(1.0);
    // "United Nations" has no institution word: the known-organisations list names it.
    assertThat(score(r.out(), "orgs", "R")).isEqualTo(1.0);
    CliRun rules = evaluate("--rules-only", "--conll", corpus.toString());
    assertThat(score(rules.out(), "orgs", "R")).as(rules.err()).isEqualTo(1.0);
    assertThat(score(rules.out(), "orgs", "P")).isEqualTo(1.0);
  }

  @Test
  void aMissingCorpusOrNoInputIsAClearError(@TempDir Path dir) {
    CliRun missing = evaluate("--conll", dir.resolve("none.conll").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("none.conll is not a file").doesNotContain("Exception");
    CliRun none = evaluate();
    assertThat(none.exit()).isEqualTo(64);
    assertThat(none.err()).contains("either --labels FILE");
  }
}
