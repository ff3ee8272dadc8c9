package io.facetwire.api.collections;

import static io.facetwire.api.collections.AppClient.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.EmbeddedSolrDir;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Saved searches and snapshots on a real embedded Solr, with articles added through the app's own
 * indexing API: CRUD and its refusals, and a snapshot that stays what it was after more articles
 * are indexed and one of its own is re-indexed with other text.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.security.api-token=" + CollectionsIT.TOKEN,
      "facetwire.seeds.enabled=false",
      "facetwire.collections.max-snapshot-articles=6",
      "facetwire.collections.max-name-length=40"
    })
class CollectionsIT {
  static final String TOKEN = "collections-test-token";
  @LocalServerPort int port;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws IOException {
    EmbeddedSolrDir.register(registry, "facetwire-collections-it");
  }

  AppClient app() {
    return new AppClient(port, TOKEN);
  }

  static String saved(String name, String params) {
    return "{\"name\": \"" + name + "\", \"note\": \"a note\", \"params\": " + params + "}";
  }

  @Test
  void aSavedSearchIsCreatedListedReadChangedAndDeleted() throws Exception {
    AppClient.Reply created =
        app()
            .send(
                "POST",
                "/api/collections",
                saved(
                    "Lighthouses",
                    "{\"q\": \"lighthouse\", \"outlet\": [\"Example Post\"], \"from\": \"2024\", \"group\": \"story\"}"),
                true);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode s = created.json();
    String id = s.get("id").asText();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/collections/" + id);
    assertThat(s.get("name").asText()).isEqualTo("Lighthouses");
    assertThat(s.get("note").asText()).isEqualTo("a note");
    assertThat(s.at("/params/q/0").asText()).isEqualTo("lighthouse");
    assertThat(s.at("/params/outlet/0").asText()).isEqualTo("Example Post");
    assertThat(s.get("searchUrl").asText())
        .isEqualTo("/?q=lighthouse&outlet=Example+Post&from=2024");
    assertThat(s.get("feedUrl").asText())
        .isEqualTo("/api/search.atom?q=lighthouse&outlet=Example+Post&from=2024&group=story");

    assertThat(app().json("/api/collections/" + id)).isEqualTo(s);
    JsonNode list = app().json("/api/collections");
    assertThat(list.get("collections").findValuesAsString("id")).contains(id);

    JsonNode changed =
        app()
            .ok(
                "PUT",
                "/api/collections/" + id,
                saved("Lighthouses, all dates", "{\"q\": \"lighthouse\"}"));
    assertThat(changed.get("name").asText()).isEqualTo("Lighthouses, all dates");
    assertThat(changed.get("createdAt")).isEqualTo(s.get("createdAt"));
    assertThat(changed.get("searchUrl").asText()).isEqualTo("/?q=lighthouse&group=off");
    assertThat(app().json("/api/collections/" + id).get("params").has("outlet")).isFalse();

    assertThat(app().send("DELETE", "/api/collections/" + id, null, true).status()).isEqualTo(204);
    AppClient.Reply gone = app().get("/api/collections/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.contentType()).startsWith("application/problem+json");
    assertThat(app().json("/api/collections").get("collections").findValuesAsString("id"))
        .doesNotContain(id);
  }

  @Test
  void writesNeedTheTokenAndReadsDoNot() throws Exception {
    String id =
        app()
            .ok("POST", "/api/collections", saved("Open", "{\"q\": \"harbour\"}"))
            .get("id")
            .asText();
    for (String[] call :
        new String[][] {
          {"POST", "/api/collections"},
          {"PUT", "/api/collections/" + id},
          {"DELETE", "/api/collections/" + id},
          {"POST", "/api/collections/" + id + "/snapshots"}
        }) {
      AppClient.Reply r =
          app()
              .send(
                  call[0],
                  call[1],
                  call[0].equals("DELETE") || call[1].endsWith("snapshots")
                      ? null
                      : saved("Sneaky", "{}"),
                  false);
      assertThat(r.status()).as("%s %s", call[0], call[1]).isEqualTo(401);
      assertThat(r.contentType()).startsWith("application/problem+json");
    }
    assertThat(app().json("/api/collections/" + id).get("name").asText()).isEqualTo("Open");
  }

  @Test
  void badParametersNamesAndBodiesAre400ProblemsAndNothingIsSaved() throws Exception {
    long before = app().json("/api/collections").get("total").asLong();
    String[][] cases = {
      {saved("Typo", "{\"persn\": \"Ada\"}"), "unknown search parameter 'persn'"},
      {saved("Paging", "{\"q\": \"a\", \"page\": \"2\"}"), "unknown search parameter 'page'"},
      {saved("Bad date", "{\"from\": \"2025-13\"}"), "from is not a valid date"},
      {saved("Reversed", "{\"from\": \"2025\", \"to\": \"2024\"}"), "is after to"},
      {saved("Group", "{\"group\": \"outlet\"}"), "group must be"},
      {saved("Sort", "{\"sort\": \"random\"}"), "sort must be"},
      {saved("Number", "{\"q\": 5}"), "must be a string or a list of strings"},
      {saved("", "{}"), "name is required"},
      {saved("x".repeat(41), "{}"), "name is too long"},
      {"{\"name\": \"Broken\", ", null}
    };
    for (String[] c : cases) {
      AppClient.Reply r = app().send("POST", "/api/collections", c[0], true);
      assertThat(r.status()).as(c[0]).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("at io.");
      if (c[1] != null) assertThat(r.json().get("detail").asText()).as(c[0]).contains(c[1]);
    }
    assertThat(app().json("/api/collections").get("total").asLong()).isEqualTo(before);
    assertThat(app().get("/api/collections/not-an-id").status()).isEqualTo(404);
    assertThat(app().get("/api/snapshots/0000000000000000").status()).isEqualTo(404);
  }

  @Test
  void aSnapshotKeepsItsArticlesInOrderAfterMoreIndexingAndAReindex() throws Exception {
    app()
        .index(
            article(
                    "quarry-1",
                    "Quarry opens",
                    "2025-01-10",
                    "The old quarry opens to climbers this spring.")
                + article(
                    "quarry-2",
                    "Quarry lake warning",
                    "2025-02-11",
                    "Swimmers are warned off the quarry lake.")
                + article(
                    "quarry-3",
                    "Quarry sold",
                    "2025-03-12",
                    "The quarry was sold to the county for a park."));
    String collection =
        app()
            .ok(
                "POST",
                "/api/collections",
                saved("Quarry", "{\"q\": \"quarry\", \"sort\": \"oldest\"}"))
            .get("id")
            .asText();
    AppClient.Reply taken =
        app().send("POST", "/api/collections/" + collection + "/snapshots", null, true);
    assertThat(taken.status()).as(taken.body()).isEqualTo(201);
    JsonNode snap = taken.json();
    String id = snap.get("id").asText();
    assertThat(taken.headers().firstValue("Location")).hasValue("/api/snapshots/" + id);
    assertThat(snap.get("total").asLong()).isEqualTo(3);
    assertThat(snap.get("url").asText())
        .isEqualTo("http://localhost:" + port + "/api/snapshots/" + id);
    List<String> ids = exportIds(id);
    assertThat(ids).hasSize(3);
    assertThat(snap.get("sha256").asText()).isEqualTo(Snapshots.sha256(ids)).hasSize(64);
    JsonNode meta = app().json("/api/snapshots/" + id);
    assertThat(meta.get("citation").asText())
        .startsWith(
            "Facetwire snapshot "
                + id
                + ", 3 articles, sha256 "
                + snap.get("sha256").asText()
                + ", taken ")
        .endsWith(", " + snap.get("url").asText());
    assertThat(meta.at("/params/q/0").asText()).isEqualTo("quarry");
    assertThat(meta.get("indexVersion").asText()).isNotBlank();

    // More matches, and one of the snapshot's articles re-indexed with other text.
    app()
        .index(
            article(
                    "quarry-4",
                    "Quarry park plans",
                    "2025-04-13",
                    "Plans for a quarry park go on show.")
                + article(
                    "quarry-5",
                    "Quarry park opens",
                    "2024-12-01",
                    "An earlier quarry walk opened in December.")
                + article(
                    "quarry-2",
                    "Quarry lake warning",
                    "2025-02-11",
                    "Swimmers are warned off the quarry lake again after a rescue."));
    assertThat(app().json("/api/search?q=quarry").get("total").asLong()).isEqualTo(5);

    List<String[]> rows = exportRows(id);
    assertThat(rows.stream().map(r -> r[0]).toList())
        .as("the same articles in the same order")
        .isEqualTo(ids);
    assertThat(rows.stream().map(r -> r[1]).toList())
        .containsExactly("Quarry opens", "Quarry lake warning", "Quarry sold");
    assertThat(rows.stream().map(r -> r[2]).toList()).containsExactly("same", "changed", "same");
    assertThat(app().json("/api/snapshots/" + id).get("sha256")).isEqualTo(snap.get("sha256"));

    JsonNode diff = app().json("/api/snapshots/" + id + "/diff");
    assertThat(diff.get("snapshotTotal").asLong()).isEqualTo(3);
    assertThat(diff.get("liveTotal").asLong()).isEqualTo(5);
    assertThat(diff.get("addedCount").asLong()).isEqualTo(2);
    assertThat(diff.get("lackingCount").asLong()).isZero();
    assertThat(diff.get("changedCount").asLong()).isEqualTo(1);
    assertThat(diff.get("changed").get(0).asText()).isEqualTo(ids.get(1));
    List<String> added = new ArrayList<>();
    diff.get("added").forEach(n -> added.add(n.asText()));
    assertThat(added).hasSize(2).doesNotContainAnyElementsOf(ids);

    // A changed saved search does not change its snapshot.
    app().ok("PUT", "/api/collections/" + collection, saved("Quarry lake", "{\"q\": \"lake\"}"));
    assertThat(exportIds(id)).isEqualTo(ids);
    JsonNode lake = app().json("/api/snapshots/" + id + "/diff");
    assertThat(lake.get("liveTotal").asLong())
        .as("the snapshot's own search, not the collection's new one")
        .isEqualTo(5);
  }

  @Test
  void aSnapshotBeyondTheCapIs422AndNothingIsKept() throws Exception {
    app()
        .index(
            article("pier-1", "Pier one", "2025-05-01", "The pier reopens.")
                + article("pier-2", "Pier two", "2025-05-02", "Pier lights.")
                + article("pier-3", "Pier three", "2025-05-03", "Pier fishing.")
                + article("pier-4", "Pier four", "2025-05-04", "Pier cafe.")
                + article("pier-5", "Pier five", "2025-05-05", "Pier storm.")
                + article("pier-6", "Pier six", "2025-05-06", "Pier repairs.")
                + article("pier-7", "Pier seven", "2025-05-07", "Pier festival."));
    String collection =
        app()
            .ok("POST", "/api/collections", saved("Piers", "{\"q\": \"pier\"}"))
            .get("id")
            .asText();
    AppClient.Reply r =
        app().send("POST", "/api/collections/" + collection + "/snapshots", null, true);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("detail").asText()).contains("7 articles").contains("6");
  }

  @Test
  void theEndpointsAreDocumentedWithExamples() throws Exception {
    JsonNode paths = app().json("/v3/api-docs").get("paths");
    assertThat(
            paths.at("/~1api~1collections/post/requestBody/content/application~1json").toString())
        .contains("harbour strike");
    assertThat(paths.at("/~1api~1collections/post/responses/201/content").toString())
        .contains("searchUrl");
    assertThat(paths.at("/~1api~1collections/post/responses/401/content").toString())
        .contains("problems/401");
    assertThat(paths.at("/~1api~1collections/get/responses/200/content").findValues("example"))
        .isNotEmpty();
    assertThat(
            paths.at("/~1api~1collections~1{id}/get/responses/200/content").findValues("example"))
        .isNotEmpty();
    assertThat(
            paths.at("/~1api~1collections~1{id}~1snapshots/post/responses/201/content").toString())
        .contains("citation");
    assertThat(
            paths.at("/~1api~1collections~1{id}~1snapshots/post/responses/422/content").toString())
        .contains("problems/422");
    assertThat(paths.at("/~1api~1snapshots~1{id}/get/responses/200/content").findValues("example"))
        .isNotEmpty();
    assertThat(
            paths
                .at("/~1api~1snapshots~1{id}~1diff/get/responses/200/content")
                .findValues("example"))
        .isNotEmpty();
    assertThat(
            paths
                .at("/~1api~1snapshots~1{id}~1export/get/responses/200/content")
                .findValues("example"))
        .isNotEmpty();
    assertThat(
            paths
                .at("/~1api~1search.atom/get/responses/200/content/application~1atom+xml")
                .toString())
        .contains("<feed");
  }

  private List<String> exportIds(String snapshot) throws Exception {
    return exportRows(snapshot).stream().map(r -> r[0]).toList();
  }

  /** The CSV export read with a CSV reader: id, title and the snapshot status column. */
  private List<String[]> exportRows(String snapshot) throws Exception {
    AppClient.Reply csv =
        app().get("/api/snapshots/" + snapshot + "/export?format=csv&fields=id,title");
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .as("a plain CSV reader gets the header first")
        .startsWith("id,title,snapshot");
    assertThat(
            AppClient.JSON
                .readTree(csv.headers().firstValue("Facetwire-Provenance").orElseThrow())
                .at("/snapshot")
                .asText())
        .isEqualTo(snapshot);
    List<String[]> rows = new ArrayList<>();
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    for (CSVRecord r : records)
      rows.add(new String[] {r.get("id"), r.get("title"), r.get("snapshot")});
    AppClient.Reply jsonl =
        app().get("/api/snapshots/" + snapshot + "/export?format=jsonl&fields=id");
    String[] lines = jsonl.body().split("\n");
    assertThat(AppClient.JSON.readTree(lines[0]).at("/_provenance/snapshot").asText())
        .isEqualTo(snapshot);
    assertThat(lines).hasSize(rows.size() + 1);
    for (int i = 0; i < rows.size(); i++)
      assertThat(AppClient.JSON.readTree(lines[i + 1]).get("id").asText())
          .isEqualTo(rows.get(i)[0]);
    return rows;
  }
}
