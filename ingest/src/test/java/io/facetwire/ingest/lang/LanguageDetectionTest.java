package io.facetwire.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Detection on the labelled set in {@code lang/labelled.tsv} (paragraphs of 50+ words in the ten
 * analysed languages, from Debian's GNOME help and the UDHR; see docs/languages.md), and how the
 * declared language acts as a hint.
 */
class LanguageDetectionTest {
  private final LanguageDetection detection = LanguageDetection.shared();

  @Test
  void detectsTheTenLanguagesOnParagraphsOfFiftyWordsOrMore() throws Exception {
    Map<String, int[]> byLang = new TreeMap<>();
    Map<String, Integer> shortcut = new TreeMap<>();
    int right = 0;
    int all = 0;
    try (Reader in =
        new InputStreamReader(
            getClass().getResourceAsStream("/lang/labelled.tsv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String got = detection.detect(null, r.get("text"), null);
        if (LanguageDetection.plainlyEnglish(r.get("text")))
          shortcut.merge(r.get("lang"), 1, Integer::sum);
        int[] counts = byLang.computeIfAbsent(r.get("lang"), k -> new int[2]);
        counts[1]++;
        all++;
        if (r.get("lang").equals(got)) {
          counts[0]++;
          right++;
        } else {
          System.out.println(
              "wrong: " + r.get("source") + " is " + r.get("lang") + ", detected " + got);
        }
      }
    }
    StringBuilder report = new StringBuilder();
    byLang.forEach(
        (lang, c) ->
            report.append(lang).append(' ').append(c[0]).append('/').append(c[1]).append("  "));
    System.out.println(
        "language detection: " + right + "/" + all + " = " + (double) right / all + "  " + report);
    System.out.println("English shortcut taken: " + shortcut);
    assertThat(byLang).hasSize(10);
    assertThat(shortcut).as("only English text takes the shortcut").containsOnlyKeys("en");
    assertThat((double) right / all).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void englishFunctionWordsDecideWithoutTheModels() {
    assertThat(
            LanguageDetection.plainlyEnglish(
                "The government said on Tuesday that it would keep expanding its "
                    + "prisons as the state of emergency declared against the gangs entered its third year, and that the new "
                    + "buildings would hold thousands of detainees."))
        .isTrue();
    assertThat(
            LanguageDetection.plainlyEnglish(
                "De regering van El Salvador heeft dinsdag aangekondigd dat zij de "
                    + "gevangenissen van het land verder uitbreidt om de duizenden mensen op te vangen die in de noodtoestand "
                    + "zijn opgepakt, en dat is niet het einde."))
        .isFalse();
    assertThat(LanguageDetection.plainlyEnglish("The the the")).as("too few words").isFalse();
  }

  @Test
  void theDeclaredLanguageIsOnlyAHint() {
    String spanish =
        "El gobierno de El Salvador anunció el martes la construcción de una nueva cárcel para "
            + "miles de presos, mientras las organizaciones de derechos humanos denuncian detenciones arbitrarias.";
    // A page that declares English but is written in Spanish is Spanish.
    assertThat(detection.detect("Nueva cárcel", spanish, "en")).isEqualTo("es");
    assertThat(detection.detect(null, spanish, null)).isEqualTo("es");
    // Too little text to tell: the declaration stands, and without one nothing is claimed.
    assertThat(detection.detect("Bukele", "OK", "es")).isEqualTo("es");
    assertThat(detection.detect("Bukele", "OK", null)).isNull();
  }
}
