package io.facetwire.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.TestClusters;
import io.facetwire.ingest.Article;
import io.facetwire.ingest.SolrSink;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.SolrClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Facet counts on a 2-shard SolrCloud collection are one core's, for searches shaped like the
 * benchmark's query mix, over a corpus made to tempt distributed faceting: long-tailed people,
 * organisations and places (thousands of values, many near-ties at the end of a top 20, spread
 * unevenly over the shards) and syndicated stories. The distinct-value counts are the exception
 * Solr documents: merged HyperLogLog sketches on SolrCloud, so the API says they are estimates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudCountsIT {
  static final int ARTICLES = 4000;

  @TempDir static Path base;

  MiniSolrCloudCluster cluster;
  Api cloud;
  Api single;

  @BeforeAll
  void start() throws Exception {
    cluster = TestClusters.start(2, base.resolve("cloud"));
    String zk = "zk://" + cluster.getZkServer().getZkAddress() + "/" + ArticleFields.COLLECTION;
    cloud = Api.start(zk, Map.of("facetwire.solr.shards", 2, "facetwire.solr.replicas", 1));
    single = Api.start("embedded:" + base.resolve("single"), Map.of());
    List<Article> articles = corpus();
    try (SolrClient indexer = SolrClients.open(zk)) {
      write(indexer, articles);
    }
    write(single.bean(SolrClient.class), articles);
  }

  static void write(SolrClient solr, List<Article> articles) {
    SolrSink sink = new SolrSink(solr);
    for (int i = 0; i < articles.size(); i += 500)
      sink.write(articles.subList(i, Math.min(articles.size(), i + 500)));
    sink.finish();
  }

  @AfterAll
  void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {cloud, single}) if (c != null) c.close();
    if (cluster != null) cluster.shutdown();
  }

  static final List<String> WORDS =
      List.of(
          "flood",
          "council",
          "harbour",
          "strike",
          "budget",
          "minister",
          "election",
          "court",
          "prison",
          "reform",
          "storm",
          "river",
          "school",
          "hospital",
          "border",
          "market",
          "police",
          "farm",
          "bridge",
          "energy");

  /** Names drawn with a long tail: a few frequent, thousands seen once or twice. */
  static String tail(Random r, String prefix, int values) {
    int i = (int) Math.floor(Math.pow(values, r.nextDouble())) - 1;
    return prefix + " " + i;
  }

  static List<Article> corpus() {
    Random r = new Random(21);
    List<Article> out = new ArrayList<>();
    OffsetDateTime start = OffsetDateTime.of(2019, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    for (int i = 0; i < ARTICLES; i++) {
      Set<String> people = new LinkedHashSet<>();
      for (int k = r.nextInt(5); k >= 0; k--) people.add(tail(r, "Person", 3000));
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        // word k appears in about 1/(k+1) of the sentences
        body.append(WORDS.get((int) Math.floor(Math.pow(WORDS.size(), r.nextDouble())) - 1))
            .append(w % 8 == 7 ? ". " : " ");
      }
      for (String p : people) body.append(" said ").append(p).append('.');
      // stories of up to four copies; an article of its own is its own story, as the indexer
      // writes it (SolrCloud routes by story id)
      String story = i % 3 == 0 ? "a-" + i : "story-" + (i / 4);
      out.add(
          new Article(
              "a-" + i,
              "https://example.org/" + i,
              "Article " + i + " " + WORDS.get(i % WORDS.size()),
              body.toString(),
              i % 29 == 0 ? null : start.plusHours(r.nextInt(3 * 365 * 24)),
              tail(r, "Outlet", 60),
              null,
              i % 10 == 0 ? "es" : "en",
              "fixture",
              List.copyOf(people),
              List.of("Topic " + r.nextInt(12)),
              List.of(tail(r, "Org", 1500), tail(r, "Org", 1500)),
              List.of(tail(r, "Place", 400)),
              null,
              story,
              List.of()));
    }
    return out;
  }

  /**
   * Distinctive words read a hash-partition sample (the same articles on any number of shards),
   * look their candidates up in every shard's term dictionary and count the leaders exactly: the
   * answer is one core's.
   */
  @Test
  void distinctiveWordsOnTwoShardsAreOneCores() throws Exception {
    for (String params : List.of("q=bridge", "q=police%20court", "q=school&topic=" + topic())) {
      JsonNode expected = single.get("/api/terms?limit=20&" + params).body();
      JsonNode actual = cloud.get("/api/terms?limit=20&" + params).body();
      assertThat(actual.get("matches")).as(params).isEqualTo(expected.get("matches"));
      assertThat(actual.get("matchesCounted")).as(params).isEqualTo(expected.get("matchesCounted"));
      assertThat(actual.get("terms")).as(params).isNotEmpty().isEqualTo(expected.get("terms"));
    }
    assertThat(single.get("/api/terms?q=bridge").body().get("sampled").asBoolean()).isTrue();
  }

  /**
   * A scored first page on two shards is one core's, in the same order: the configset's statsCache
   * scores every shard with index-wide term statistics (with each shard's own, a word's rarity
   * differs by shard and the order with it). Asked twice, so that a statsCache keeping statistics
   * between queries would be checked on what it kept too.
   */
  @Test
  void relevanceOrderOnTwoShardsIsOneCores() throws Exception {
    for (String params :
        List.of("q=flood", "q=council%20budget", "q=harbour%20OR%20energy", "q=prison%20reform")) {
      List<String> expected = ids(single.get("/api/search?size=20&" + params).body());
      assertThat(expected).as(params).hasSize(20);
      for (int round = 0; round < 2; round++)
        assertThat(ids(cloud.get("/api/search?size=20&" + params).body()))
            .as(params + " round " + round)
            .isEqualTo(expected);
    }
  }

  static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : answer.get("results")) ids.add(hit.get("id").asText());
    return ids;
  }

  private String topic() throws Exception {
    return enc(single.get("/api/search").body().at("/facets/topics/0/value").asText());
  }

  @Test
  void facetCountsOfTheQueryMixAreOneCoresOnTwoShards() throws Exception {
    JsonNode all = single.get("/api/search").body();
    String person = all.at("/facets/people/0/value").asText();
    String person2 = all.at("/facets/people/3/value").asText();
    String topic = all.at("/facets/topics/0/value").asText();
    String outlet = all.at("/facets/outlet/1/value").asText();
    List<String> mix =
        List.of(
            "",
            "q=flood",
            "q=bridge",
            "q=energy",
            "q=council%20budget",
            "q=" + enc('"' + person + '"'),
            "q=harbour%20OR%20energy",
            "q=flood%20-council",
            "q=strike&person=" + enc(person),
            "q=strike&person=" + enc(person) + "&topic=" + enc(topic),
            "q=court&person=" + enc(person2) + "&topic=" + enc(topic) + "&outlet=" + enc(outlet),
            "q=storm&from=2020-01-01&to=2020-12-31",
            "q=market&person=" + enc(person) + "&person=" + enc(person2),
            "outlet=" + enc(outlet) + "&topic=" + enc(topic),
            "topic=" + enc(topic) + "&sort=newest",
            "q=school&sort=newest",
            "q=police&group=story",
            "q=farm&person=" + enc(person) + "&group=story",
            "group=story");
    List<String> differing = new ArrayList<>();
    for (String params : mix) {
      JsonNode expected = single.get("/api/search?" + params).body();
      JsonNode actual = cloud.get("/api/search?" + params).body();
      assertThat(expected.get("facetDistinctExact").asBoolean()).isTrue();
      assertThat(actual.get("facetDistinctExact").asBoolean()).as(params).isFalse();
      for (String field : List.of("total", "facets", "undated", "counting"))
        compare(differing, params, field, expected, actual);
      assertDistinctClose(params, expected.get("facetDistinct"), actual.get("facetDistinct"));
    }
    assertThat(differing).as("searches whose counts differ from one core's").isEmpty();
    // The corpus does tempt: the people facet has thousands of values, far past the long tail.
    assertThat(all.at("/facetDistinct/people").asLong()).isGreaterThan(1000);
  }

  /**
   * Story counts outside the search too: a timeline as a share of all coverage (its base counted in
   * stories), a comparison with its overlaps, and a person's page, on two shards as on one core.
   */
  @Test
  void storyCountsOfTimelinesComparisonsAndEntityPagesAreOneCoresOnTwoShards() throws Exception {
    String person = single.get("/api/search").body().at("/facets/people/0/value").asText();
    Map<String, List<String>> checks =
        Map.of(
            "/api/timeline?q=flood&count=stories&normalize=share",
            List.of("total", "buckets", "undated", "counting"),
            "/api/compare?q=flood&q=bridge&q=council&count=stories&normalize=share",
            List.of("series", "overlap", "interval", "counting"),
            "/api/people/" + enc(person).replace("+", "%20") + "?count=stories",
            List.of("mentions", "timeline", "people", "topics", "outlets", "counting"));
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, List<String>> c : checks.entrySet()) {
      JsonNode expected = single.get(c.getKey()).body();
      JsonNode actual = cloud.get(c.getKey()).body();
      for (String field : c.getValue()) {
        assertThat(expected.get(field)).as(c.getKey() + " " + field).isNotNull();
        compare(differing, c.getKey(), field, expected, actual);
      }
    }
    assertThat(differing).as("story counts that differ from one core's").isEmpty();
  }

  /** Notes in {@code differing} a field whose value on two shards is not one core's. */
  static void compare(
      List<String> differing, String request, String field, JsonNode expected, JsonNode actual) {
    if (!expected.get(field).equals(actual.get(field)))
      differing.add(
          request
              + " "
              + field
              + ": "
              + abbreviate(expected.get(field))
              + " -> "
              + abbreviate(actual.get(field)));
  }

  /** An estimate within 5 % of the exact count (HyperLogLog's error at these sizes is ~1-2 %). */
  static void assertDistinctClose(String params, JsonNode exact, JsonNode estimate) {
    ObjectNode e = (ObjectNode) exact;
    for (String facet : e.propertyNames()) {
      long want = e.get(facet).asLong();
      long got = estimate.get(facet).asLong();
      assertThat((double) Math.abs(got - want))
          .as(params + " facetDistinct." + facet + " " + got + " vs " + want)
          .isLessThanOrEqualTo(Math.max(1, want * 0.05));
    }
  }

  static String abbreviate(JsonNode n) {
    String s = String.valueOf(n);
    return s.length() > 400 ? s.substring(0, 400) + "..." : s;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
