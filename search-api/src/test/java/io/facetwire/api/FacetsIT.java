package io.facetwire.api;

import static io.facetwire.api.FixtureCorpus.count;
import static io.facetwire.api.FixtureCorpus.has;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Multi-select facets: OR within a facet, AND across facets, tag/exclude, and facet value search.
 */
class FacetsIT extends CorpusSupport {
  static final String BUKELE = "Nayib Bukele",
      RUBIO = "Marco Rubio",
      TRUMP = "Donald Trump",
      BLADES = "Rubén Blades";

  @Test
  void valuesOfOneFacetAreOredAndFacetsAreAnded() throws Exception {
    JsonNode or = json("/api/search?person=" + enc(RUBIO) + "&person=" + enc(BLADES));
    assertThat(or.get("total").asLong())
        .isEqualTo(count(a -> has(a, RUBIO) || has(a, BLADES)))
        .isEqualTo(25);

    JsonNode and =
        json("/api/search?person=" + enc(BUKELE) + "&topic=Migration&outlet=Reuters&outlet=AP");
    assertThat(and.get("total").asLong())
        .isEqualTo(
            count(
                a ->
                    has(a, BUKELE)
                        && a.topics().contains("Migration")
                        && (a.outlet().equals("Reuters") || a.outlet().equals("AP"))));
    assertThat(and.get("total").asLong()).isPositive();
  }

  @Test
  void facetValuePagesSayHowManyValuesThereAreInAll() throws Exception {
    JsonNode all = json("/api/facets/people?limit=5");
    assertThat(all.get("distinct").asLong())
        .isEqualTo(
            FixtureCorpus.ARTICLES.stream().flatMap(a -> a.people().stream()).distinct().count());
    // under a scope, ignoring the field's own selection like the values themselves
    JsonNode scoped = json("/api/facets/people?limit=5&topic=Economy&person=" + enc(RUBIO));
    assertThat(scoped.get("distinct").asLong())
        .isEqualTo(
            FixtureCorpus.ARTICLES.stream()
                .filter(a -> a.topics().contains("Economy"))
                .flatMap(a -> a.people().stream())
                .distinct()
                .count());
    assertThat(json("/api/facets/people?prefix=rub").get("distinct").isNull())
        .as("not counted for a prefix")
        .isTrue();
    assertThat(json("/api/facets/people?offset=5").get("distinct").isNull())
        .as("nor for a further page")
        .isTrue();
  }

  @Test
  void theSearchAnswerSaysHowManyValuesEachFacetHas() throws Exception {
    for (String mode : new String[] {"", "&group=story"}) {
      JsonNode search = json("/api/search?size=1&topic=Economy&person=" + enc(RUBIO) + mode);
      JsonNode page = json("/api/facets/people?limit=5&topic=Economy&person=" + enc(RUBIO) + mode);
      assertThat(search.at("/facetDistinct/people").asLong())
          .as("people%s", mode)
          .isEqualTo(page.get("distinct").asLong())
          .isPositive();
      JsonNode topics =
          json("/api/facets/topics?limit=5&topic=Economy&person=" + enc(RUBIO) + mode);
      assertThat(search.at("/facetDistinct/topics").asLong())
          .as("topics%s", mode)
          .isEqualTo(topics.get("distinct").asLong());
    }
  }

  @Test
  void aFacetsCountsIgnoreItsOwnSelectionButNotTheOthers() throws Exception {
    JsonNode r = json("/api/search?person=" + enc(RUBIO) + "&topic=Migration");
    assertThat(r.get("total").asLong())
        .isEqualTo(count(a -> has(a, RUBIO) && a.topics().contains("Migration")));
    JsonNode people = r.at("/facets/people");
    // people counts: topic filter applies, the person selection does not
    assertThat(countOf(people, TRUMP))
        .isEqualTo(count(a -> has(a, TRUMP) && a.topics().contains("Migration")));
    assertThat(countOf(people, BUKELE))
        .isEqualTo(count(a -> has(a, BUKELE) && a.topics().contains("Migration")));
    assertThat(entry(people, RUBIO).get("selected").asBoolean()).isTrue();
    assertThat(entry(people, TRUMP).get("selected").asBoolean()).isFalse();
    // topic counts: person filter applies, the topic selection does not
    JsonNode topics = r.at("/facets/topics");
    assertThat(countOf(topics, "Crime"))
        .isEqualTo(count(a -> has(a, RUBIO) && a.topics().contains("Crime")));
    assertThat(entry(topics, "Migration").get("selected").asBoolean()).isTrue();
    // other facets apply both
    assertThat(countOf(r.at("/facets/outlet"), "Reuters"))
        .isEqualTo(
            count(
                a ->
                    has(a, RUBIO)
                        && a.topics().contains("Migration")
                        && a.outlet().equals("Reuters")));
  }

  @Test
  void excludedValuesAreFilteredOutAndStillListedAsExcluded() throws Exception {
    JsonNode r = json("/api/search?-person=" + enc(TRUMP) + "&-place=" + enc("El Salvador"));
    assertThat(r.get("total").asLong())
        .isEqualTo(count(a -> !has(a, TRUMP) && !a.places().contains("El Salvador")));
    JsonNode trump = entry(r.at("/facets/people"), TRUMP);
    assertThat(trump.get("excluded").asBoolean()).isTrue();
    assertThat(trump.get("selected").asBoolean()).isFalse();
    assertThat(trump.get("count").asLong())
        .isEqualTo(count(a -> has(a, TRUMP) && !a.places().contains("El Salvador")));
    assertThat(entry(r.at("/facets/places"), "El Salvador").get("excluded").asBoolean()).isTrue();
    r.get("results").forEach(hit -> assertThat(hit.get("people").toString()).doesNotContain(TRUMP));
  }

  @Test
  void orgsAndPlacesAreFacetsWithExactCounts() throws Exception {
    JsonNode r = json("/api/search?org=" + enc("United Nations"));
    assertThat(r.get("total").asLong()).isEqualTo(count(a -> a.orgs().contains("United Nations")));
    assertThat(countOf(r.at("/facets/orgs"), "World Bank"))
        .isEqualTo(count(a -> a.orgs().contains("World Bank")));
    assertThat(countOf(r.at("/facets/places"), "Washington"))
        .isEqualTo(
            count(a -> a.orgs().contains("United Nations") && a.places().contains("Washington")));
  }

  @Test
  void aSelectedValueBelowTheTopListKeepsItsEntry() throws Exception {
    JsonNode people = json("/api/search?person=" + enc("Person 59")).at("/facets/people");
    assertThat(people.size()).isGreaterThan(20);
    JsonNode chosen = entry(people, "Person 59");
    assertThat(chosen.get("selected").asBoolean()).isTrue();
    assertThat(chosen.get("count").asLong()).isEqualTo(count(a -> has(a, "Person 59")));
  }

  @Test
  void facetValueSearchMatchesTheStartOfAnyWordIgnoringCase() throws Exception {
    for (String prefix : new String[] {"rub", "RUB"}) {
      JsonNode r = json("/api/facets/people?prefix=" + prefix);
      assertThat(r.get("field").asText()).isEqualTo("people");
      assertThat(values(r.get("values")))
          .containsExactly(RUBIO, BLADES); // not "Ana Sarubbi": "rub" inside a word
      assertThat(countOf(r.get("values"), RUBIO)).isEqualTo(count(a -> has(a, RUBIO)));
      assertThat(r.get("more").asBoolean()).isFalse();
    }
  }

  @Test
  void facetValueSearchIsScopedAndIgnoresTheFieldsOwnSelection() throws Exception {
    JsonNode r = json("/api/facets/people?prefix=rub&topic=Elections&person=" + enc(RUBIO));
    assertThat(countOf(r.get("values"), RUBIO))
        .isEqualTo(count(a -> has(a, RUBIO) && a.topics().contains("Elections")))
        .isPositive();
    assertThat(countOf(r.get("values"), BLADES))
        .isEqualTo(count(a -> has(a, BLADES) && a.topics().contains("Elections")))
        .isPositive();
    assertThat(values(json("/api/facets/people?prefix=rub&topic=Crime").get("values")))
        .containsExactly(RUBIO);
    assertThat(entry(r.get("values"), RUBIO).get("selected").asBoolean()).isTrue();
    JsonNode topics = json("/api/facets/topics?prefix=e&q=" + enc("report"));
    assertThat(values(topics.get("values"))).containsExactlyInAnyOrder("Economy", "Elections");
  }

  @Test
  void facetValueSearchPagesThroughEveryValue() throws Exception {
    Set<String> seen = new HashSet<>();
    JsonNode first = json("/api/facets/people?prefix=person&limit=25");
    assertThat(first.get("values")).hasSize(25);
    assertThat(first.get("more").asBoolean()).isTrue();
    seen.addAll(values(first.get("values")));
    seen.addAll(values(json("/api/facets/people?prefix=person&limit=25&offset=25").get("values")));
    JsonNode last = json("/api/facets/people?prefix=person&limit=25&offset=50");
    assertThat(last.get("values")).hasSize(10);
    assertThat(last.get("more").asBoolean()).isFalse();
    seen.addAll(values(last.get("values")));
    assertThat(seen).hasSize(60);
    JsonNode noPrefix = json("/api/facets/outlet?limit=2&offset=4");
    assertThat(noPrefix.get("values")).hasSize(1);
    assertThat(noPrefix.get("more").asBoolean()).isFalse();
  }

  @Test
  void unknownFacetFieldIsABadRequest() throws Exception {
    Reply r = get("/api/facets/body?prefix=x");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("detail").asText())
        .contains("unknown facet field 'body'")
        .contains("people");
  }

  @Test
  void thePageGetsTheFacetListAndTheDateKeyFormatsFromTheApi() throws Exception {
    JsonNode list = json("/api/facets");
    JsonNode search = json("/api/search?interval=week");
    Set<String> keys = new HashSet<>();
    for (JsonNode f : list.get("facets")) {
      keys.add(f.get("key").asText());
      assertThat(search.at("/facets/" + f.get("key").asText()).isArray()).as(f.toString()).isTrue();
      // the parameter filters: an unknown one would be refused with 400
      assertThat(get("/api/search?" + f.get("param").asText() + "=x").status()).isEqualTo(200);
    }
    assertThat(keys).contains("people", "topics", "outlet", "orgs", "places", "lang");
    assertThat(list.at("/facets/0/entity").asText()).isEqualTo("person");
    assertThat(list.at("/dateKeys/week").asText()).isEqualTo("^\\d{4}-W\\d{2}$");
    String pattern = list.at("/dateKeys/" + search.get("dateInterval").asText()).asText();
    assertThat(search.at("/facets/date")).isNotEmpty();
    for (JsonNode bucket : search.at("/facets/date")) {
      assertThat(bucket.get("value").asText()).matches(pattern.replace("^", "").replace("$", ""));
    }
    assertThat(list.get("schema").asText()).startsWith("facetwire-articles-");
  }
}
