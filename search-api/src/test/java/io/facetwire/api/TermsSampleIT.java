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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/terms} above the sample size (set low here: about {@value #SAMPLE} articles read) on
 * {@value #SIZE} articles of shared filler words, where the {@value #ENERGY} Energy articles alone
 * say {@value #PLANTED}: the sampled answer says it is sampled, finds the terms Solr's own
 * relatedness facet over every article finds ({@code exact=true}), and gives them the same counts
 * and scores (the leading terms are counted exactly).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.seeds.enabled=false",
      "facetwire.terms.sample=" + TermsSampleIT.SAMPLE
    })
@Import(TermsSampleIT.Loader.class)
class TermsSampleIT extends HttpSupport {
  static final int SIZE = 3_000, ENERGY = SIZE / 5, SAMPLE = 150;
  static final String PLANTED = "Traders watched crude oil prices climb.";

  /**
   * The terms only the Energy articles have, each in all of them: every word and word pair of the
   * planted sentence, and its last word with the next sentence's first ("climb article").
   */
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
          "climb",
          "climb article");

  @Test
  void aSampledAnswerSaysSoAndFindsWhatSolrsRelatednessOverEveryArticleFinds() throws Exception {
    JsonNode sampled = json("/api/terms?topic=Energy&limit=" + ONLY_ENERGY.size());
    assertThat(sampled.get("sampled").asBoolean()).isTrue();
    assertThat(sampled.get("matches").asLong()).isEqualTo(ENERGY);
    assertThat(sampled.get("corpus").asLong()).isEqualTo(SIZE);
    // Partition 0 of 4 (the power of two in 600 / 150) by id hash: about 150 articles read.
    assertThat(sampled.get("matchesCounted").asLong()).isBetween(SAMPLE / 2L, SAMPLE * 2L);
    assertThat(sampled.get("corpusCounted").asLong()).isEqualTo(SIZE);
    assertThat(TermsIT.terms(sampled)).containsExactlyInAnyOrderElementsOf(ONLY_ENERGY);
    for (JsonNode t : sampled.get("terms")) {
      assertThat(t.get("count").asLong()).isEqualTo(ENERGY);
      assertThat(t.get("background").asLong()).isEqualTo(ENERGY);
      assertThat(t.get("score").asDouble()).isPositive();
    }

    JsonNode exact = json("/api/terms?topic=Energy&exact=true&limit=" + ONLY_ENERGY.size());
    assertThat(exact.get("sampled").asBoolean()).isFalse();
    assertThat(exact.get("matchesCounted").asLong()).isEqualTo(ENERGY);
    assertThat(TermsIT.terms(exact)).containsExactlyInAnyOrderElementsOf(ONLY_ENERGY);
    assertThat(exact.at("/terms/0/score").asDouble())
        .isEqualTo(sampled.at("/terms/0/score").asDouble());
  }

  @Test
  void aWordOfEveryArticleIsNotDistinctiveInTheSampleEither() throws Exception {
    JsonNode body = json("/api/terms?q=" + enc(word(0)) + "&limit=30");
    assertThat(body.get("sampled").asBoolean()).isTrue();
    assertThat(body.get("matches").asLong()).isEqualTo(SIZE);
    assertThat(TermsIT.terms(body)).doesNotContainAnyElementsOf(ONLY_ENERGY);
    for (JsonNode t : body.get("terms")) assertThat(t.get("score").asDouble()).isEqualTo(0);
  }

  @Test
  void aSmallResultIsReadWhole() throws Exception {
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
