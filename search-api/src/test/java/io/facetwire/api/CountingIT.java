package io.facetwire.api;

import static io.facetwire.api.FixtureCorpus.ARTICLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * One view, one unit: every count the API gives for a view (total, facet lists, facet value search,
 * histogram, entity pages, export rows) is in articles, or in stories with {@code group=story}, and
 * the counts agree across endpoints. The oracle is the {@link FixtureCorpus} list: articles 0..59
 * are 20 stories of three copies (each copy in another outlet, naming other people), every other
 * article is a story of its own, every article has an outlet and every 50th has no date.
 */
class CountingIT extends CorpusSupport {
  /**
   * Copies of a story share their text: the harbour stories match with all their copies, in three
   * outlets.
   */
  static final String SCOPE = "q=harbour";

  static boolean grouped(String group) {
    return group.equals("story");
  }

  /** The oracle: how many of the fixture's articles (or their stories) match. */
  static long expected(String group, Predicate<Article> p) {
    return grouped(group)
        ? ARTICLES.stream().filter(p).map(Article::storyId).distinct().count()
        : ARTICLES.stream().filter(p).count();
  }

  static Predicate<Article> harbour() {
    return a -> FixtureCorpus.word(a, "harbour");
  }

  static String path(String name) {
    return enc(name).replace("+", "%20");
  }

  List<JsonNode> exportRows(String query) throws Exception {
    Reply r = get("/api/export?format=jsonl&" + query);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    List<JsonNode> rows = new ArrayList<>();
    String[] lines = r.text().split("\n");
    for (int i = 1; i < lines.length; i++) rows.add(JSON.readTree(lines[i]));
    return rows;
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "story"})
  void everyAnswerSaysItsUnit(String group) throws Exception {
    String unit = grouped(group) ? "stories" : "articles";
    String g = "group=" + group;
    assertThat(json("/api/search?" + g).get("counting").asText()).isEqualTo(unit);
    assertThat(json("/api/facets/people?" + g).get("counting").asText()).isEqualTo(unit);
    assertThat(json("/api/people/" + path("Donald Trump") + "?" + g).get("counting").asText())
        .isEqualTo(unit);
    assertThat(json("/api/topics/Migration?" + g).get("counting").asText()).isEqualTo(unit);
    Reply export = get("/api/export?format=jsonl&" + g);
    assertThat(JSON.readTree(export.text().split("\n")[0]).at("/_provenance/counting").asText())
        .isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "story"})
  void theTotalAndEveryOutletCountMatchTheOracleAndTheirOwnSearch(String group) throws Exception {
    String g = "group=" + group + "&" + SCOPE;
    JsonNode r = json("/api/search?" + g);
    assertThat(r.get("total").asLong()).isEqualTo(expected(group, harbour()));
    JsonNode outlets = r.at("/facets/outlet");
    assertThat(values(outlets)).containsExactlyInAnyOrderElementsOf(FixtureCorpus.OUTLETS);
    long sum = 0;
    for (JsonNode o : outlets) {
      String outlet = o.get("value").asText();
      long count = o.get("count").asLong();
      sum += count;
      assertThat(count)
          .as(outlet)
          .isEqualTo(expected(group, harbour().and(a -> a.outlet().equals(outlet))));
      JsonNode ticked = json("/api/search?" + g + "&outlet=" + enc(outlet));
      assertThat(ticked.get("total").asLong()).as(outlet).isEqualTo(count);
      JsonNode self = entry(ticked.at("/facets/outlet"), outlet);
      assertThat(self.get("selected").asBoolean()).isTrue();
      assertThat(self.get("count").asLong()).as("ticked " + outlet).isEqualTo(count);
    }
    // Each article has one outlet: articles add up to the total; a story counts under each outlet
    // of its copies.
    long copiesOutlets =
        ARTICLES.stream()
            .filter(harbour())
            .collect(
                Collectors.groupingBy(
                    Article::storyId, Collectors.mapping(Article::outlet, Collectors.toSet())))
            .values()
            .stream()
            .mapToLong(Set::size)
            .sum();
    assertThat(sum).isEqualTo(grouped(group) ? copiesOutlets : r.get("total").asLong());
    if (grouped(group)) assertThat(sum).isGreaterThan(r.get("total").asLong());
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "story"})
  void aPersonHasOneCountOnEveryEndpoint(String group) throws Exception {
    String g = "group=" + group;
    JsonNode people = json("/api/search?" + g).at("/facets/people");
    for (String person : List.of("Donald Trump", "Nayib Bukele", "Marco Rubio", "Person 01")) {
      long expected = expected(group, a -> a.people().contains(person));
      assertThat(countOf(people, person)).as("facet list " + person).isEqualTo(expected);
      JsonNode found = json("/api/facets/people?" + g + "&prefix=" + enc(person));
      assertThat(countOf(found.get("values"), person))
          .as("value search " + person)
          .isEqualTo(expected);
      JsonNode page = json("/api/people/" + path(person) + "?" + g);
      assertThat(page.get("mentions").asLong()).as("person page " + person).isEqualTo(expected);
      JsonNode link = json("/api/search?" + g + "&person=" + enc(person));
      assertThat(link.get("total").asLong()).as("see them all " + person).isEqualTo(expected);
      Reply export = get("/api/export?format=csv&" + g + "&person=" + enc(person));
      assertThat(export.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(expected));
      assertThat(exportRows(g + "&person=" + enc(person)))
          .as("export rows " + person)
          .hasSize((int) expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "story"})
  void showMoreRepeatsTheListsCountsAndOrder(String group) throws Exception {
    String g = "group=" + group + "&" + SCOPE;
    JsonNode list = json("/api/search?" + g).at("/facets/people");
    JsonNode more = json("/api/facets/people?" + g + "&limit=100").get("values");
    assertThat(values(more).subList(0, list.size())).containsExactlyElementsOf(values(list));
    for (JsonNode v : list)
      assertThat(countOf(more, v.get("value").asText())).isEqualTo(v.get("count").asLong());
    JsonNode topic = json("/api/topics/Migration?group=" + group);
    JsonNode inTopic =
        json("/api/facets/people?group=" + group + "&topic=Migration&limit=100").get("values");
    assertThat(topic.get("people")).isNotEmpty();
    for (JsonNode v : topic.get("people")) {
      assertThat(countOf(inTopic, v.get("value").asText()))
          .as(v.toString())
          .isEqualTo(v.get("count").asLong());
    }
  }

  /**
   * Topics and languages are counted from cached sets, not as the other lists (ShortListFacets):
   * the same unit, order (by count, ties by value), own selection left out and number of values as
   * the oracle and as "show more" (a JSON terms facet), with and without query text and a ticked
   * topic, and in a scope where a topic has no match. Every copy of a story is in English, so the
   * language's story count is below its article count (a failure here if the story half were lost);
   * no two copies share a topic.
   */
  @ParameterizedTest
  @ValueSource(strings = {"none", "story"})
  void topicsAndLanguagesCountTheUnitInTheOrderOfEveryList(String group) throws Exception {
    // Marco Rubio's articles have no Economy article: a value without a match is not listed.
    String rubio = "person=" + enc("Marco Rubio");
    for (String scope : List.of("", SCOPE, rubio)) {
      Predicate<Article> base =
          scope.isEmpty()
              ? a -> true
              : scope.equals(rubio) ? a -> a.people().contains("Marco Rubio") : harbour();
      for (String ticked : List.of("", "&topic=Crime", "&-topic=Economy")) {
        if (scope.equals(rubio) && ticked.contains("Economy")) continue;
        String g = "group=" + group + (scope.isEmpty() ? "" : "&" + scope) + ticked;
        JsonNode r = json("/api/search?" + g);
        JsonNode topics = r.at("/facets/topics");
        List<String> expected =
            List.of("Migration", "Crime", "Economy", "Elections").stream()
                .filter(t -> expected(group, base.and(a -> a.topics().contains(t))) > 0)
                .sorted(
                    java.util.Comparator.comparingLong(
                            (String t) -> -expected(group, base.and(a -> a.topics().contains(t))))
                        .thenComparing(t -> t))
                .toList();
        assertThat(values(topics)).as(g).containsExactlyElementsOf(expected);
        for (String t : expected) {
          assertThat(countOf(topics, t))
              .as(g + " " + t)
              .isEqualTo(expected(group, base.and(a -> a.topics().contains(t))));
        }
        assertThat(entry(topics, "Crime").get("selected").asBoolean())
            .isEqualTo(ticked.contains("topic=Crime"));
        if (!scope.equals(rubio))
          assertThat(entry(topics, "Economy").get("excluded").asBoolean())
              .isEqualTo(ticked.contains("-topic"));
        assertThat(r.at("/facetDistinct/topics").asLong()).isEqualTo(expected.size());
        JsonNode more = json("/api/facets/topics?" + g + "&limit=100").get("values");
        assertThat(values(more)).as(g).containsExactlyElementsOf(expected);
        for (JsonNode v : topics)
          assertThat(countOf(more, v.get("value").asText())).isEqualTo(v.get("count").asLong());
        JsonNode langs = r.at("/facets/lang");
        assertThat(values(langs)).containsExactly("en");
        // The language list leaves out only its own filters: the ticked topic applies.
        Predicate<Article> inScope =
            ticked.isEmpty()
                ? base
                : ticked.contains("-topic")
                    ? base.and(a -> !a.topics().contains("Economy"))
                    : base.and(a -> a.topics().contains("Crime"));
        assertThat(countOf(langs, "en")).as(g).isEqualTo(expected(group, inScope));
        assertThat(countOf(langs, "en")).isEqualTo(r.get("total").asLong());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "story"})
  void aTickedValueOutsideTheTopStaysListedWithItsCount(String group) throws Exception {
    String person = "Person 59"; // five articles, ranked far below the top 20 people
    String g = "group=" + group + "&person=" + enc(person);
    JsonNode r = json("/api/search?" + g);
    JsonNode ticked = entry(r.at("/facets/people"), person);
    assertThat(ticked.get("selected").asBoolean()).isTrue();
    assertThat(ticked.get("count").asLong()).isEqualTo(r.get("total").asLong()).isEqualTo(5);
    JsonNode page = json("/api/facets/people?" + g + "&limit=5").get("values");
    assertThat(page).hasSize(6);
    assertThat(entry(page, person).get("selected").asBoolean()).isTrue();
    assertThat(entry(page, person).get("count").asLong()).isEqualTo(5);
    assertThat(values(json("/api/facets/people?" + g + "&limit=5&offset=5").get("values")))
        .doesNotContain(person);
    JsonNode excluded =
        entry(
            json("/api/facets/people?group="
                    + group
                    + "&-person="
                    + enc(person)
                    + "&limit=5&prefix=person")
                .get("values"),
            person);
    assertThat(excluded.get("excluded").asBoolean()).isTrue();
    assertThat(excluded.get("count").asLong()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "story"})
  void aGroupedExportIsOneRowPerStoryAndAnUngroupedOneCanBeRegrouped(String group)
      throws Exception {
    List<JsonNode> rows = exportRows("group=" + group + "&" + SCOPE + "&sort=newest");
    assertThat(rows).hasSize((int) expected(group, harbour()));
    Set<String> stories = new HashSet<>();
    rows.forEach(row -> stories.add(row.get("storyId").asText()));
    assertThat(stories).hasSize((int) expected("story", harbour()));
    Reply csv = get("/api/export?" + SCOPE + "&group=" + group);
    assertThat(csv.text().lines().findFirst().orElseThrow())
        .as("the header row comes first")
        .endsWith(",storyId");
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "story"})
  void undatedMatchesAreCountedAndADateFilterCanLetThemIn(String group) throws Exception {
    String g = "group=" + group;
    long undated = expected(group, a -> a.published() == null);
    assertThat(undated).isEqualTo(6);
    assertThat(json("/api/search?" + g).get("undated").asLong()).isEqualTo(undated);
    Predicate<Article> in2024 = a -> a.published() != null && a.published().getYear() == 2024;
    JsonNode filtered = json("/api/search?" + g + "&from=2024&to=2024");
    assertThat(filtered.get("total").asLong()).isEqualTo(expected(group, in2024));
    assertThat(filtered.get("undated").asLong()).as("left out by the filter").isEqualTo(undated);
    JsonNode included = json("/api/search?" + g + "&from=2024&to=2024&undated=include");
    assertThat(included.get("total").asLong())
        .isEqualTo(expected(group, in2024.or(a -> a.published() == null)));
    assertThat(
            json("/api/search?" + g + "&q=report+AND+nothingmatchesthis").get("undated").asLong())
        .isZero();
    assertThat(exportRows(g + "&from=2024&to=2024&undated=include"))
        .hasSize((int) included.get("total").asLong());
  }

  @Test
  void aBadUndatedValueIsABadRequest() throws Exception {
    Reply r = get("/api/search?from=2024&undated=maybe");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("detail").asText()).contains("undated must be 'include' or 'exclude'");
    assertThat(get("/api/facets/people?group=stories").status()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "story"})
  void dayBarsIncludeEveryEmptyDayAndTheHistogramCountsTheUnit(String group) throws Exception {
    JsonNode r = json("/api/search?interval=day&group=" + group);
    assertThat(r.get("dateInterval").asText()).isEqualTo("day");
    JsonNode days = r.at("/facets/date");
    LocalDate first = LocalDate.parse(days.get(0).get("value").asText());
    for (int i = 0; i < days.size(); i++) {
      assertThat(days.get(i).get("value").asText()).isEqualTo(first.plusDays(i).toString());
    }
    assertThat(days.get(1).get("count").asLong()).isZero(); // articles run every other day
    long dated = 0;
    for (JsonNode d : days) dated += d.get("count").asLong();
    // The copies of a story appear on consecutive days; a story counts on each day a copy appeared.
    assertThat(dated).isEqualTo(ARTICLES.stream().filter(a -> a.published() != null).count());
  }

  @Test
  void tooManyDayBarsFallBackToWeeksAndStayContinuous() throws Exception {
    JsonNode r = json("/api/search?interval=day&from=2019-01-01&to=2025-12-31");
    assertThat(r.get("dateInterval").asText()).isEqualTo("week");
    JsonNode weeks = r.at("/facets/date");
    assertThat(weeks.size()).isBetween(360, 370);
    assertThat(weeks.get(0).get("value").asText()).isEqualTo("2019-W01");
    assertThat(json("/api/search?interval=week").at("/facets/date").size())
        .isEqualTo(86); // 2024-W01 .. 2025-W34, empty weeks included
  }
}
