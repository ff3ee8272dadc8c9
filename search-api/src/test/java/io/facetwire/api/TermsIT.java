package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/terms} on the {@link WordsCorpus}: the planted phrase first, no stop words, no
 * numbers.
 */
class TermsIT extends WordsSupport {
  static List<String> terms(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("terms").forEach(t -> out.add(t.get("term").asText()));
    return out;
  }

  @Test
  void thePlantedPhraseRanksFirstAndStopWordsAndNumbersAreLeftOut() throws Exception {
    JsonNode body = json("/api/terms?topic=" + WordsCorpus.ENERGY_TOPIC + "&limit=30");
    assertThat(body.get("matches").asLong()).isEqualTo(WordsCorpus.ENERGY);
    assertThat(body.get("corpus").asLong()).isEqualTo(WordsCorpus.SIZE + 3);
    JsonNode top = body.at("/terms/0");
    assertThat(top.get("term").asText()).isEqualTo("crude oil");
    assertThat(top.get("count").asLong()).isEqualTo(WordsCorpus.ENERGY);
    assertThat(top.get("background").asLong()).isEqualTo(WordsCorpus.ENERGY);
    assertThat(top.get("score").asDouble()).isPositive();
    List<String> terms = terms(body);
    // Its words alone are less distinctive: each also appears elsewhere.
    assertThat(terms.indexOf("crude")).isGreaterThan(0);
    JsonNode crude = body.at("/terms/" + terms.indexOf("crude"));
    assertThat(crude.get("background").asLong()).isEqualTo(2L * WordsCorpus.ENERGY);
    assertThat(crude.get("score").asDouble()).isLessThan(top.get("score").asDouble());
    assertThat(terms)
        .isNotEmpty()
        .noneMatch(t -> t.matches(".*\\d.*"))
        .noneMatch(t -> t.contains("_"))
        .doesNotContain("the", "of", "and", "in", "they", "at")
        .contains("council", "residents spoke");
    // Scores are sorted, most distinctive first.
    for (int i = 1; i < body.get("terms").size(); i++) {
      assertThat(body.at("/terms/" + i + "/score").asDouble())
          .isLessThanOrEqualTo(body.at("/terms/" + (i - 1) + "/score").asDouble());
    }
  }

  @Test
  void theAnswerIsSolrsRelatednessOverEveryArticle() throws Exception {
    for (String scope : List.of("topic=" + WordsCorpus.ENERGY_TOPIC, "q=council")) {
      JsonNode read = json("/api/terms?" + scope + "&limit=15");
      JsonNode exact = json("/api/terms?" + scope + "&limit=15&exact=true");
      assertThat(read.get("sampled").asBoolean()).isFalse();
      assertThat(read.get("matchesCounted").asLong()).isEqualTo(read.get("matches").asLong());
      assertThat(scored(read)).as(scope).isNotEmpty().isEqualTo(scored(exact));
    }
  }

  /** Each term with its count, background and score, as a set: ties may come in any order. */
  private static java.util.Set<String> scored(JsonNode body) {
    java.util.Set<String> out = new java.util.HashSet<>();
    double last = body.at("/terms/" + (body.get("terms").size() - 1) + "/score").asDouble();
    for (JsonNode t : body.get("terms"))
      // The last score's ties may be cut at the limit differently: compare what ranks above it.
      if (t.get("score").asDouble() > last)
        out.add(
            t.get("term").asText()
                + " "
                + t.get("count")
                + " "
                + t.get("background")
                + " "
                + t.get("score"));
    return out;
  }

  @Test
  void theQueryTextIsAForegroundToo() throws Exception {
    JsonNode body = json("/api/terms?q=" + enc("\"crude oil\"") + "&limit=5");
    assertThat(body.get("matches").asLong()).isEqualTo(WordsCorpus.ENERGY);
    assertThat(terms(body).get(0)).isEqualTo("crude oil");
    assertThat(body.get("terms")).hasSize(5);
  }

  @Test
  void badLimitsAreProblems() throws Exception {
    for (String bad : List.of("limit=0", "limit=101", "limit=abc", "from=2025-13")) {
      Reply r = get("/api/terms?" + bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.contentType()).as(bad).startsWith("application/problem+json");
      assertThat(r.text()).as(bad).doesNotContain("Exception");
    }
  }
}
