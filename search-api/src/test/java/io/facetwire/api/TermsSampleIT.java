package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.Article;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/terms} above the sample sizes (set low here: a background of about {@value #BACK}
 * articles, a foreground of about {@value #FORE}) on {@value #SIZE} articles of shared filler
 * words, where the {@value #ENERGY} Energy articles alone say {@value #PLANTED}: the sampled answer
 * says it is sampled, finds the same distinctive terms as the exact one and scales their counts
 * back to the matches and the corpus.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.seeds.enabled=false",
      "facetwire.terms.background-sample=" + TermsSampleIT.BACK,
      "facetwire.terms.foreground-sample=" + TermsSampleIT.FORE
    })
@Import(TermsSampleIT.Loader.class)
class TermsSampleIT extends HttpSupport {
  static final int SIZE = 3_000, ENERGY = SIZE / 5, BACK = 300, FORE = 150;
  static final String PLANTED = "Traders watched crude oil prices climb.";

  /** The terms only the Energy articles have: every word and word pair of the planted sentence. */
  static final Set<String> ONLY_ENERGY =
      Set.of(
          "traders",
          "traders watched",
          "watched",
          "watched crude",
          "crude oil",
          "oil prices",
          "prices",
          "prices climb",
          "climb");

  @Test
  @Disabled(
      "known failure: the sampled ranking adds word pairs of single articles ('climb article') to the"
          + " exact list; sampling is off by default until this passes (issue 18)")
  void aSampledAnswerSaysSoAndFindsTheTermsTheExactOneFinds() throws Exception {
    JsonNode sampled = json("/api/terms?topic=Energy&limit=" + ONLY_ENERGY.size());
    assertThat(sampled.get("sampled").asBoolean()).isTrue();
    assertThat(sampled.get("matches").asLong()).isEqualTo(ENERGY);
    assertThat(sampled.get("corpus").asLong()).isEqualTo(SIZE);
    // The background keeps at least FORE matches: partition 0 of min(SIZE / BACK, 600 / FORE) = 4
    // by id hash, about 750 articles; the foreground is the matches in it, about 150.
    assertThat(sampled.get("corpusCounted").asLong()).isBetween(SIZE / 8L, SIZE / 2L);
    assertThat(sampled.get("matchesCounted").asLong()).isBetween(FORE / 2L, FORE * 2L);
    assertThat(TermsIT.terms(sampled)).containsExactlyInAnyOrderElementsOf(ONLY_ENERGY);
    for (JsonNode t : sampled.get("terms")) {
      // In every sampled match, so scaled to all matches exactly; the background is estimated.
      assertThat(t.get("count").asLong()).isEqualTo(ENERGY);
      assertThat(t.get("background").asLong()).isBetween(ENERGY * 6L / 10, ENERGY * 14L / 10);
      assertThat(t.get("score").asDouble()).isPositive();
    }

    JsonNode exact = json("/api/terms?topic=Energy&exact=true&limit=" + ONLY_ENERGY.size());
    assertThat(exact.get("sampled").asBoolean()).isFalse();
    assertThat(exact.get("matchesCounted").asLong()).isEqualTo(ENERGY);
    assertThat(exact.get("corpusCounted").asLong()).isEqualTo(SIZE);
    assertThat(TermsIT.terms(exact)).containsExactlyInAnyOrderElementsOf(ONLY_ENERGY);
    assertThat(exact.at("/terms/0/background").asLong()).isEqualTo(ENERGY);
  }

  @Test
  void aWordOfEveryArticleIsNotDistinctiveInTheSampleEither() throws Exception {
    JsonNode body = json("/api/terms?q=" + enc(word(0)) + "&limit=30");
    assertThat(body.get("sampled").asBoolean()).isTrue();
    assertThat(TermsIT.terms(body)).doesNotContainAnyElementsOf(ONLY_ENERGY);
  }

  @Test
  void aSmallResultIsNotSampled() throws Exception {
    JsonNode body = json("/api/terms?q=" + enc("\"article 17\"") + "&limit=5");
    assertThat(body.get("matches").asLong()).isEqualTo(1);
    assertThat(body.get("sampled").asBoolean()).isFalse();
    assertThat(body.get("matchesCounted").asLong()).isEqualTo(1);
    assertThat(body.get("corpusCounted").asLong()).isEqualTo(SIZE);
  }

  @Test
  void exactMustBeABoolean() throws Exception {
    Reply r = get("/api/terms?topic=Energy&exact=maybe");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.text()).contains("exact").doesNotContain("Exception");
  }

  /** Made-up filler words (no digits: numbers are not terms), the same few in every article. */
  static String word(int k) {
    String[] a = {"bal", "cor", "dun", "fen", "gil", "hom", "jat", "kev"};
    String[] b = {"ato", "eby", "ish", "ond", "ulp", "ara"};
    return a[k % a.length] + b[(k / a.length) % b.length];
  }

  static List<Article> articles() {
    Random random = new Random(20261206);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      StringBuilder body = new StringBuilder(word(0)).append(' ');
      for (int w = 0; w < 20; w++) body.append(word(random.nextInt(48))).append(' ');
      body.append(
          switch (i % 5) {
            case 0 -> PLANTED;
            case 1 -> "Painters mixed oil colours.";
            default -> "A crude sketch hung there.";
          });
      body.append(" Article ").append(i).append('.');
      String id = "ts-" + i;
      out.add(
          new Article(
              id,
              "https://example.org/" + id,
              "Market note " + i,
              body.toString(),
              LocalDate.of(2025, 1, 1).plusDays(i % 300).atTime(9, 0).atOffset(ZoneOffset.UTC),
              "Outlet " + (i % 7),
              null,
              "en",
              "terms/" + id,
              List.of(),
              List.of(i % 5 == 0 ? "Energy" : "Arts"),
              List.of(),
              List.of(),
              "hash-" + id,
              "ts-story-" + i,
              List.of()));
    }
    return out;
  }

  /** Indexes the corpus into the app's Solr once per test context. */
  @TestComponent
  static class Loader extends IndexedOnStart {
    Loader(SolrClient solr) {
      super(solr);
    }

    @Override
    protected List<Article> articles() throws Exception {
      return TermsSampleIT.articles();
    }
  }
}
