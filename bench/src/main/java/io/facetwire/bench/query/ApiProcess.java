package io.facetwire.bench.query;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Our search API as users run it: the app jar in its own JVM, pointed at the benchmark's Solr over
 * HTTP, with seeding off so the index holds only the corpus. Stopped (and waited for) on close.
 */
final class ApiProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  ApiProcess(Path jar, String solrUrl, String heap, List<String> javaOptions, Path log)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "No app jar at " + jar + ": build it with 'mvn -DskipTests package' first");
    }
    this.port = freePort();
    this.log = log;
    List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap));
    cmd.addAll(javaOptions);
    cmd.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("FACETWIRE_SOLR_URL", solrUrl);
    pb.environment().put("FACETWIRE_SEEDS_ENABLED", "false");
    // One client measuring the server at full speed: the per-client rate limit would measure
    // itself.
    pb.environment().put("FACETWIRE_LIMITS_REQUESTS_PER_SECOND", "0");
    pb.environment().put("SERVER_PORT", String.valueOf(port));
    process = pb.start();
    // Generous: on a shared machine under load a Spring Boot start has taken over three minutes.
    awaitReady(Duration.ofMinutes(10));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The API exited with code " + process.exitValue() + " while starting; see " + log);
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/search?q=")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) return;
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException(
        "The API did not answer within " + timeout.toSeconds() + " s; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
