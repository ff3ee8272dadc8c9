package io.facetwire.bench.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Full answers from our HTTP API (search pages, distinctive words, networks): what the web page and
 * notebooks receive.
 */
final class ApiTarget implements Target {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final List<URI> uris;

  ApiTarget(String baseUrl, List<BenchQuery> mix) {
    this(mix.stream().map(q -> URI.create(baseUrl + q.apiPath())).toList());
  }

  /** Any GET requests of the API, such as the research analytics ones. */
  ApiTarget(List<URI> uris) {
    this.uris = List.copyOf(uris);
  }

  @Override
  public String name() {
    return "api";
  }

  @Override
  public long run(int query) throws IOException, InterruptedException {
    return body(query).length();
  }

  String body(int query) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uris.get(query)).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200)
      throw new IOException("HTTP " + r.statusCode() + " for " + uris.get(query) + ": " + r.body());
    return r.body();
  }

  /** Each query's answer and the Solr requests the API sent for it (recorded once, in order). */
  record Recording(List<List<RecordingFilter.Recorded>> requests, List<String> answers) {}

  Recording record() throws IOException, InterruptedException {
    List<List<RecordingFilter.Recorded>> requests = new java.util.ArrayList<>();
    List<String> answers = new java.util.ArrayList<>();
    for (int i = 0; i < uris.size(); i++) {
      RecordingFilter.start();
      answers.add(body(i));
      requests.add(RecordingFilter.stop());
    }
    return new Recording(requests, answers);
  }
}
