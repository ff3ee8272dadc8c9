package io.facetwire.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.EmbeddedSolrDir;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Adding articles to the running app through {@code POST /api/index}, on a real embedded Solr: jobs
 * with good and bad records, uploads of every kind, and the refusals (token, size, format).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.security.api-token=" + IndexJobsIT.TOKEN,
      "facetwire.seeds.enabled=false",
      "facetwire.index.max-upload-size=64KB"
    })
class IndexJobsIT {
  static final String TOKEN = "jobs-test-token";
  @LocalServerPort int port;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws IOException {
    EmbeddedSolrDir.register(registry, "facetwire-jobs-it");
  }

  JobsApi api() {
    return new JobsApi(port);
  }

  static String line(String title, String text) {
    return "{\"title\": \""
        + title
        + "\", \"url\": \"https://example.org/"
        + title.replace(' ', '-')
        + "\", \"date\": \"2025-06-01\","
        + " \"outlet\": \"Example Post\", \"text\": \""
        + text
        + "\"}\n";
  }

  @Test
  void aJobIndexesTheGoodRecordsReportsTheBadOneAndIsSearchableWhenDone() {
    String body =
        line(
                "Harbour cranes return",
                "The harbour authority brought back the quayside cranes this week after repairs.")
            + "{\"title\": \"broken\", \"text\": \n"
            + line(
                "Ferry timetable doubled",
                "The harbour ferry will run twice as often from July, the operator said.");
    JsonNode job =
        api().finished(api().post(TOKEN, MediaType.parseMediaType("application/x-ndjson"), body));
    assertThat(job.get("state").asText()).isEqualTo("done");
    assertThat(job.get("inputs").asInt()).isEqualTo(1);
    assertThat(job.get("articles").asInt()).isEqualTo(2);
    assertThat(job.get("indexed").asInt()).isEqualTo(2);
    assertThat(job.get("failed").asInt()).isEqualTo(1);
    assertThat(job.at("/failures/0/source").asText()).isEqualTo("upload.jsonl#2");
    assertThat(job.at("/failures/0/reason").asText()).startsWith("invalid JSON");
    assertThat(job.get("startedAt").asText()).isNotBlank();
    assertThat(job.get("finishedAt").asText()).isNotBlank();
    // Right after the job says done, with no restart and no wait.
    assertThat(api().total("harbour")).isEqualTo(2);

    JsonNode again =
        api().finished(api().post(TOKEN, MediaType.parseMediaType("application/x-ndjson"), body));
    assertThat(again.get("unchanged").asInt())
        .as("the same upload again changes nothing")
        .isEqualTo(2);
    assertThat(again.get("indexed").asInt()).isZero();
    assertThat(api().total("harbour")).isEqualTo(2);
  }

  @Test
  void multipartTakesGzippedExportsCsvAndTextFilesWithTheirSidecars() throws IOException {
    byte[] gz =
        gzip(
            line(
                "Lighthouse keeper retires",
                "After forty years the lighthouse keeper of Saltmarsh Point retires."));
    String csv =
        "title,text,date\nLighthouse museum opens,\"The old lighthouse becomes a museum of the coast, the council said.\",2025-05-02\n";
    String text =
        "date 2025-04-03\nLighthouse lamp restored\n\nVolunteers restored the lighthouse lamp, which now shines again every night.\n";
    String sidecar = "{\"outlet\": \"Coast Courier\"}";
    JsonNode job =
        api()
            .finished(
                api()
                    .upload(
                        TOKEN,
                        "exports/a.jsonl.gz",
                        gz,
                        "exports/b.csv",
                        csv,
                        "notes/lamp.txt",
                        text,
                        "notes/lamp.json",
                        sidecar));
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
    assertThat(job.get("failed").asInt()).as(job.toString()).isZero();
    assertThat(job.get("indexed").asInt()).isEqualTo(3);
    assertThat(api().total("lighthouse")).isEqualTo(3);
    JsonNode hit = api().get("/api/search?q=lamp").json().at("/results/0");
    assertThat(hit.get("outlet").asText())
        .as("the sidecar beside the text file was read")
        .isEqualTo("Coast Courier");
  }

  @Test
  void aShareOfCoverageCountsWhatWasIndexedSinceTheLastChart() {
    String chart = "/api/timeline?q=estuary&outlet=Tide Almanac&interval=month&normalize=share";
    index(almanac("Estuary tides printed", "The tide tables for the estuary were printed."));
    JsonNode answer = api().get(chart).json();
    JsonNode before = answer.at("/buckets/0");
    assertThat(before.path("key").asText()).as(answer.toString()).isEqualTo("2025-07");
    assertThat(before.get("count").asLong()).isEqualTo(1);
    assertThat(before.get("base").asLong()).isEqualTo(1);
    // An article of the same outlet and month that does not match: the base the app kept from
    // the first chart is of an older index and must be counted again.
    index(almanac("Sandbar charted", "The sandbar off the point was charted again."));
    JsonNode after = api().get(chart).json().at("/buckets/0");
    assertThat(after.get("count").asLong()).isEqualTo(1);
    assertThat(after.get("base").asLong()).isEqualTo(2);
    assertThat(after.get("share").asDouble()).isEqualTo(0.5);
  }

  private void index(String ndjson) {
    JsonNode job =
        api().finished(api().post(TOKEN, MediaType.parseMediaType("application/x-ndjson"), ndjson));
    assertThat(job.get("indexed").asInt()).as(job.toString()).isEqualTo(1);
  }

  private static String almanac(String title, String text) {
    return line(title, text)
        .replace("Example Post", "Tide Almanac")
        .replace("2025-06-01", "2025-07-09");
  }

  @Test
  void writesNeedTheToken() {
    JobsApi.Reply none =
        api().post(null, MediaType.parseMediaType("application/x-ndjson"), line("a", "b c d"));
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.contentType()).startsWith("application/problem+json");
    JobsApi.Reply wrong = api().upload("not-" + TOKEN, "a.jsonl", line("a", "b c d"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
  }

  @Test
  void uploadsOverTheLimitAnswer413SayingTheLimit() {
    String big = line("Big", "word ".repeat(20_000));
    for (JobsApi.Reply r :
        new JobsApi.Reply[] {
          api().upload(TOKEN, "big.jsonl", big),
          api().post(TOKEN, MediaType.parseMediaType("application/x-ndjson"), big)
        }) {
      assertThat(r.status()).as(r.body()).isEqualTo(413);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).contains("65536").doesNotContain("Exception");
    }
    assertThat(api().total("Big")).isZero();
  }

  @Test
  void unknownFormatsAndNamelessOrEmptyUploadsAreRefusedWholeWithoutAJob() {
    JobsApi.Reply pdf =
        api()
            .upload(
                TOKEN,
                "a.jsonl",
                line("Kept out", "not indexed because the upload was refused"),
                "paper.pdf",
                "%PDF-1.4");
    assertThat(pdf.status()).isEqualTo(415);
    assertThat(pdf.json().get("detail").asText()).contains("paper.pdf");
    assertThat(api().total("\"Kept out\"")).isZero();
    JobsApi.Reply json = api().post(TOKEN, MediaType.APPLICATION_JSON, "{}");
    assertThat(json.status()).isEqualTo(415);
    assertThat(json.contentType()).startsWith("application/problem+json");
    JobsApi.Reply noParts = api().upload(TOKEN);
    assertThat(noParts.status()).isEqualTo(400);
    assertThat(noParts.contentType()).startsWith("application/problem+json");
    for (JobsApi.Reply empty :
        new JobsApi.Reply[] {
          api().upload(TOKEN, "empty.jsonl", ""),
          api().post(TOKEN, MediaType.parseMediaType("application/x-ndjson"), "")
        }) {
      assertThat(empty.status()).isEqualTo(400);
      assertThat(empty.contentType()).startsWith("application/problem+json");
      assertThat(empty.json().get("detail").asText()).contains("empty");
    }
  }

  @Test
  void anUnknownJobIs404() {
    JobsApi.Reply r = api().get("/api/jobs/no-such-job");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theEndpointsAreDocumentedWithExamples() {
    JsonNode paths = api().get("/v3/api-docs").json().get("paths");
    JsonNode post = paths.at("/~1api~1index/post");
    assertThat(post.at("/requestBody/content").propertyNames())
        .contains("multipart/form-data", "application/x-ndjson", "text/csv");
    assertThat(post.at("/responses/202/content").toString())
        .contains("\"state\"")
        .contains("running");
    for (String status : new String[] {"401", "403", "413", "415", "429"}) {
      assertThat(post.at("/responses/" + status + "/content").toString())
          .as(status)
          .contains("https://facetwire.io/problems/" + status)
          .contains("detail");
    }
    assertThat(paths.at("/~1api~1jobs~1{id}/get/responses/200/content").findValues("example"))
        .isNotEmpty();
  }

  static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
