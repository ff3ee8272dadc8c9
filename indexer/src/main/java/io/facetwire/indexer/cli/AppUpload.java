package io.facetwire.indexer.cli;

import io.facetwire.ingest.IndexReport;
import io.facetwire.ingest.read.Format;
import io.facetwire.ingest.read.InputDoc;
import io.facetwire.ingest.read.InputWalker;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code index --app URL}: sends the files to a running Facetwire ({@code POST /api/index}) instead
 * of opening its index, which the app holds. Files go in batches (each with the sidecars and
 * manifests of its folders, so metadata still meets its articles); each batch is a job on the app,
 * polled until done, and the jobs' counts add up to the same summary and exit code as a local run.
 */
final class AppUpload {
  /** Per request, well under the app's default limit of 256 MB and its 1000 parts. */
  static final long BATCH_BYTES = 64L * 1024 * 1024;

  static final int BATCH_FILES = 500;
  private static final Duration POLL = Duration.ofMillis(500);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final URI app;
  private final String token;
  private final PrintStream err;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  AppUpload(URI app, String token, PrintStream err) {
    this.app = app;
    this.token = token;
    this.err = err;
  }

  /** Why the app could not take the files: one line for the user, exit code 1. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * What was sent, in the local run's terms: files of no article format are skipped here, as
   * locally.
   */
  private record Inputs(
      List<InputDoc> articles,
      List<InputDoc> metadata,
      int walked,
      int skipped,
      List<IndexReport.Failure> missing) {}

  /** One request's files: {@code articles} article files, then the metadata of their folders. */
  private record Batch(List<InputDoc> files, int articles) {}

  IndexReport run(List<Path> paths, Indexing progress) throws Refused, InterruptedException {
    long start = System.nanoTime();
    Inputs inputs = classify(paths);
    check();
    Totals totals = new Totals(inputs);
    progress.start(inputs.articles.size());
    try {
      for (Batch batch : batches(inputs)) {
        JsonNode job = poll(submit(batch.files), totals.done, progress);
        if (job.path("state").asText().equals("failed")) {
          throw new Refused("the app's indexing job failed: " + job.path("error").asText());
        }
        totals.add(job);
        totals.done += batch.articles;
        progress.update(totals.done, totals.articles);
      }
    } finally {
      progress.finish();
    }
    return totals.report((System.nanoTime() - start) / 1_000_000);
  }

  /** Hears how many files the app has read so far. */
  interface Indexing {
    void start(int files);

    void update(int files, int articles);

    /** The run is over, done or not. */
    default void finish() {}
  }

  private static Inputs classify(List<Path> paths) {
    List<InputDoc> articles = new ArrayList<>();
    List<InputDoc> metadata = new ArrayList<>();
    List<IndexReport.Failure> missing = new ArrayList<>();
    int walked = 0;
    int skipped = 0;
    Map<String, InputDoc> unique = new LinkedHashMap<>();
    InputWalker.walk(paths).forEach(d -> unique.putIfAbsent(d.name(), d));
    for (InputDoc doc : unique.values()) {
      walked++;
      if (doc.path().isEmpty() || doc.size() < 0) {
        missing.add(new IndexReport.Failure(doc.name(), "no such file or directory"));
        continue;
      }
      Optional<Format> format = Format.of(doc);
      if (format.isEmpty()) {
        skipped++;
      } else if (format.get() == Format.METADATA) {
        skipped++;
        metadata.add(doc);
      } else {
        articles.add(doc);
      }
    }
    return new Inputs(articles, metadata, walked, skipped, missing);
  }

  /**
   * Article files in walk order, cut by size and count; each batch carries the metadata of its
   * folders.
   */
  private static List<Batch> batches(Inputs inputs) {
    List<Batch> out = new ArrayList<>();
    List<InputDoc> current = new ArrayList<>();
    long bytes = 0;
    for (InputDoc doc : inputs.articles) {
      if (!current.isEmpty()
          && (bytes + doc.size() > BATCH_BYTES || current.size() >= BATCH_FILES)) {
        out.add(withMetadata(current, inputs.metadata));
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(doc);
      bytes += doc.size();
    }
    if (!current.isEmpty()) out.add(withMetadata(current, inputs.metadata));
    return out;
  }

  private static Batch withMetadata(List<InputDoc> batch, List<InputDoc> metadata) {
    Set<Path> folders =
        batch.stream()
            .map(d -> d.path().orElseThrow().toAbsolutePath().getParent())
            .collect(Collectors.toSet());
    List<InputDoc> out = new ArrayList<>(batch);
    for (InputDoc m : metadata) {
      if (folders.contains(m.path().orElseThrow().toAbsolutePath().getParent())) out.add(m);
    }
    return new Batch(out, batch.size());
  }

  /**
   * Asks the app to index nothing, so a wrong token or address is reported before megabytes are
   * sent (an app refusing a large upload early may cut the connection instead of answering). An
   * empty upload is refused with 400 once the token has passed; 429 (busy) is waited out when
   * uploading.
   */
  private void check() throws Refused, InterruptedException {
    HttpRequest probe =
        authorised(HttpRequest.newBuilder(app.resolve("/api/index")))
            .header("Content-Type", "application/x-ndjson")
            .POST(BodyPublishers.noBody())
            .build();
    HttpResponse<String> response = send(probe);
    if (response.statusCode() != 400 && response.statusCode() != 429)
      throw refusal(response.statusCode(), response.body());
  }

  /**
   * Uploads one batch; the job's address. The app runs one job at a time: a busy app is waited for.
   */
  private URI submit(List<InputDoc> batch) throws Refused, InterruptedException {
    String boundary = "facetwire-" + UUID.randomUUID();
    while (true) {
      HttpRequest request =
          authorised(HttpRequest.newBuilder(app.resolve("/api/index")))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(multipart(batch, boundary))
              .build();
      HttpResponse<String> response = send(request);
      int status = response.statusCode();
      if (status == 202) {
        String location =
            response
                .headers()
                .firstValue("Location")
                .orElseThrow(() -> new Refused("the app gave no job address"));
        return app.resolve(location);
      }
      if (status == 429) {
        long wait = response.headers().firstValueAsLong("Retry-After").orElse(5);
        err.printf("The app is running another indexing job; trying again in %d s%n", wait);
        Thread.sleep(wait * 1000);
        continue;
      }
      throw refusal(status, response.body());
    }
  }

  private JsonNode poll(URI job, int doneBefore, Indexing progress)
      throws Refused, InterruptedException {
    while (true) {
      HttpResponse<String> response = send(authorised(HttpRequest.newBuilder(job)).GET().build());
      if (response.statusCode() != 200) throw refusal(response.statusCode(), response.body());
      JsonNode view = json(response.body());
      if (!view.path("state").asText().equals("running")) return view;
      progress.update(doneBefore + view.path("inputs").asInt(), view.path("articles").asInt());
      Thread.sleep(POLL.toMillis());
    }
  }

  private HttpRequest.Builder authorised(HttpRequest.Builder builder) {
    if (token != null && !token.isBlank()) builder.header("Authorization", "Bearer " + token);
    return builder.timeout(Duration.ofMinutes(10));
  }

  private HttpResponse<String> send(HttpRequest request) throws Refused, InterruptedException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new Refused(
          "cannot connect to " + app + " (connection refused): is the app running there?");
    } catch (IOException e) {
      throw new Refused(
          "the connection to "
              + app
              + " failed: "
              + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName())
              + " (a batch larger than the app's facetwire.index.max-upload-size is cut off this way)");
    }
  }

  private Refused refusal(int status, String body) {
    String detail = detail(body);
    return new Refused(
        switch (status) {
          case 401 ->
              "the app needs its API token (401): pass it with --token or $FACETWIRE_SECURITY_API_TOKEN";
          case 403 -> "the app refuses uploads (403): " + detail;
          case 404, 405 ->
              "no POST /api/index at "
                  + app
                  + " ("
                  + status
                  + "): is it a Facetwire app of this version?";
          case 413 -> "the upload is too large for the app (413): " + detail;
          default -> "the app answered " + status + ": " + detail;
        });
  }

  private static String detail(String body) {
    try {
      String detail = JSON.readTree(body).path("detail").asText();
      return detail.isBlank() ? "no detail given" : detail;
    } catch (JacksonException e) {
      return "no detail given";
    }
  }

  private static JsonNode json(String body) throws Refused {
    try {
      return JSON.readTree(body);
    } catch (JacksonException e) {
      throw new Refused("the answer of the app is not JSON: is it a Facetwire app?");
    }
  }

  /**
   * multipart/form-data with every file as a part named "files"; its name is the path given (its
   * source).
   */
  private static BodyPublisher multipart(List<InputDoc> batch, String boundary) throws Refused {
    List<BodyPublisher> parts = new ArrayList<>();
    for (InputDoc doc : batch) {
      String name = doc.name();
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
              + name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_")
              + "\"; filename*=UTF-8''"
              + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
              + "\r\nContent-Type: application/octet-stream\r\n\r\n";
      parts.add(BodyPublishers.ofString(head, StandardCharsets.UTF_8));
      try {
        parts.add(BodyPublishers.ofFile(doc.path().orElseThrow()));
      } catch (java.io.FileNotFoundException e) {
        throw new Refused("cannot read " + name + ": " + e.getMessage());
      }
      parts.add(BodyPublishers.ofString("\r\n", StandardCharsets.UTF_8));
    }
    parts.add(BodyPublishers.ofString("--" + boundary + "--\r\n", StandardCharsets.UTF_8));
    return BodyPublishers.concat(parts.toArray(BodyPublisher[]::new));
  }

  /**
   * The jobs' counts added up; inputs and skipped are counted here, where the files were walked.
   */
  private static final class Totals {
    final Inputs inputs;
    int done;
    int articles;
    int indexed;
    int unchanged;
    int duplicates;
    int nearDuplicates;
    int notArticles;
    int undated;
    final List<IndexReport.Failure> failures = new ArrayList<>();
    final Map<String, Integer> skippedBy = new LinkedHashMap<>();
    final Map<String, Integer> notes = new LinkedHashMap<>();

    Totals(Inputs inputs) {
      this.inputs = inputs;
      failures.addAll(inputs.missing);
    }

    void add(JsonNode job) {
      articles += job.path("articles").asInt();
      indexed += job.path("indexed").asInt();
      unchanged += job.path("unchanged").asInt();
      duplicates += job.path("duplicates").asInt();
      nearDuplicates += job.path("nearDuplicates").asInt();
      notArticles += job.path("notArticles").asInt();
      undated += job.path("undated").asInt();
      for (JsonNode f : job.path("failures"))
        failures.add(new IndexReport.Failure(f.path("source").asText(), f.path("reason").asText()));
      job.path("skippedBy")
          .properties()
          .forEach(e -> skippedBy.merge(e.getKey(), e.getValue().asInt(), Integer::sum));
      job.path("notes")
          .properties()
          .forEach(e -> notes.merge(e.getKey(), e.getValue().asInt(), Integer::sum));
    }

    IndexReport report(long millis) {
      return new IndexReport(
          inputs.walked,
          articles,
          indexed,
          unchanged,
          duplicates,
          nearDuplicates,
          inputs.skipped,
          notArticles,
          undated,
          0,
          List.copyOf(failures),
          withLocalSkips(),
          notes,
          millis);
    }

    /**
     * Files skipped here, before sending (no article format, or metadata sent along with its
     * articles).
     */
    private Map<String, Integer> withLocalSkips() {
      Map<String, Integer> all = new LinkedHashMap<>(skippedBy);
      if (inputs.skipped > 0)
        all.merge(
            "not an article file (sent along as metadata, or of no article format)",
            inputs.skipped,
            Integer::sum);
      return all;
    }
  }
}
