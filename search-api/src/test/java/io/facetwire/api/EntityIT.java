package io.facetwire.api;

import static io.facetwire.api.FixtureCorpus.count;
import static io.facetwire.api.FixtureCorpus.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Person, topic and organisation pages: counts, timeline, and co-mentions ranked by relatedness
 * rather than by count.
 */
class EntityIT extends CorpusSupport {
  static final String BUKELE = "Nayib Bukele";

  @Test
  void coMentionedPeopleAreRankedByRelatednessNotByCount() throws Exception {
    JsonNode r = json("/api/people/" + enc(BUKELE).replace("+", "%20"));
    assertThat(r.get("type").asText()).isEqualTo("person");
    assertThat(r.get("mentions").asLong()).isEqualTo(count(a -> has(a, BUKELE))).isEqualTo(60);
    // by raw count Trump comes first (he is in half of everything) ...
    assertThat(r.at("/people/0/value").asText()).isEqualTo("Donald Trump");
    assertThat(r.at("/people/0/count").asLong())
        .isEqualTo(count(a -> has(a, BUKELE) && has(a, "Donald Trump")));
    // ... but Rubio, who only ever appears with Bukele, is the most specifically related
    JsonNode co = r.get("coMentioned");
    assertThat(co.get(0).get("value").asText()).isEqualTo("Marco Rubio");
    assertThat(co.get(0).get("count").asLong()).isEqualTo(count(a -> has(a, "Marco Rubio")));
    assertThat(co.get(0).get("relatedness").asDouble()).isPositive();
    // Trump appears with Bukele exactly as often as anywhere else: no specific relation, not in the
    // top list
    assertThat(values(co)).doesNotContain("Donald Trump");
    for (int i = 1; i < co.size(); i++) {
      assertThat(co.get(i).get("relatedness").asDouble())
          .isLessThanOrEqualTo(co.get(i - 1).get("relatedness").asDouble());
    }
    assertThat(values(co)).doesNotContain(BUKELE);
    assertThat(values(r.get("people"))).doesNotContain(BUKELE);
  }

  @Test
  void timelineTopListsAndLatest() throws Exception {
    JsonNode r = json("/api/people/" + enc(BUKELE).replace("+", "%20"));
    assertThat(r.get("interval").asText()).isEqualTo("month");
    long sum = 0;
    for (JsonNode b : r.get("timeline")) sum += b.get("count").asLong();
    assertThat(sum).isEqualTo(count(a -> has(a, BUKELE) && a.published() != null));
    assertThat(countOf(r.get("topics"), "Migration"))
        .isEqualTo(count(a -> has(a, BUKELE) && a.topics().contains("Migration")));
    assertThat(countOf(r.get("outlets"), "Reuters"))
        .isEqualTo(count(a -> has(a, BUKELE) && a.outlet().equals("Reuters")));
    assertThat(r.get("latest")).hasSize(5);
    assertThat(r.at("/latest/0/id").asText()).isEqualTo("fx-293");
  }

  @Test
  void thePageFollowsTheScope() throws Exception {
    JsonNode r =
        json("/api/people/" + enc(BUKELE).replace("+", "%20") + "?topic=Crime&from=2024-06");
    assertThat(r.get("mentions").asLong())
        .isEqualTo(
            count(
                a ->
                    has(a, BUKELE)
                        && a.topics().contains("Crime")
                        && a.published() != null
                        && !a.published()
                            .toLocalDate()
                            .isBefore(java.time.LocalDate.of(2024, 6, 1))));
    JsonNode none = json("/api/people/Marco%20Rubio?outlet=AP");
    assertThat(none.get("mentions").asLong())
        .isZero(); // known person, nothing in this scope: an empty page, not 404
  }

  @Test
  void topicPage() throws Exception {
    JsonNode r = json("/api/topics/Migration");
    assertThat(r.get("type").asText()).isEqualTo("topic");
    assertThat(r.get("mentions").asLong()).isEqualTo(count(a -> a.topics().contains("Migration")));
    assertThat(values(r.get("topics"))).doesNotContain("Migration").contains("Crime");
    assertThat(values(r.get("coMentioned"))).isNotEmpty();
  }

  @Test
  void organisationPage() throws Exception {
    String un = "United Nations";
    JsonNode r = json("/api/orgs/United%20Nations");
    assertThat(r.get("type").asText()).isEqualTo("org");
    assertThat(r.get("name").asText()).isEqualTo(un);
    assertThat(r.get("mentions").asLong())
        .isEqualTo(count(a -> a.orgs().contains(un)))
        .isPositive();
    assertThat(countOf(r.get("people"), "Donald Trump"))
        .isEqualTo(count(a -> a.orgs().contains(un) && has(a, "Donald Trump")));
    assertThat(countOf(r.get("topics"), "Migration"))
        .isEqualTo(count(a -> a.orgs().contains(un) && a.topics().contains("Migration")));
    assertThat(values(r.get("coMentioned"))).isNotEmpty();
    assertThat(json("/api/orgs/united%20nations").get("name").asText()).isEqualTo(un);
    assertThat(json("/api/orgs/United%20Nations?outlet=AP").get("mentions").asLong())
        .isEqualTo(count(a -> a.orgs().contains(un) && a.outlet().equals("AP")));
  }

  @Test
  void namesMatchInAnyCaseAndAnswerWithTheIndexedSpelling() throws Exception {
    JsonNode r = json("/api/people/" + enc("nayib BUKELE").replace("+", "%20"));
    assertThat(r.get("name").asText()).isEqualTo(BUKELE);
    assertThat(r.get("mentions").asLong()).isEqualTo(count(a -> has(a, BUKELE)));
    assertThat(json("/api/topics/migration").get("name").asText()).isEqualTo("Migration");
    assertThat(get("/api/people/" + enc("nayib").replace("+", "%20")).status())
        .as("a part of a name is not the name")
        .isEqualTo(404);
  }

  @Test
  void unknownNamesAreNotFound() throws Exception {
    for (String path :
        new String[] {
          "/api/people/Nobody%20At%20All",
          "/api/topics/Basket%20weaving",
          "/api/orgs/League%20of%20Nobody"
        }) {
      Reply r = get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).contains("named");
    }
  }
}
