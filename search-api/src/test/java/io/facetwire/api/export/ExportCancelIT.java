package io.facetwire.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.FacetwireApplication;
import io.facetwire.api.WordyCorpus;
import io.facetwire.solr.SolrClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exports that nobody wants any more stop reading Solr: when the client goes away, and when the app
 * shuts down. The app runs for real (its own HTTP port, embedded Solr with a few megabytes of
 * articles, more than the sockets' buffers hold) with a small send buffer, the way a slow network
 * holds an export back, so an export is still running when the test pulls the plug.
 */
class ExportCancelIT {
  private static final int ARTICLES = 800;
  private static final String EXPORT = "/api/export?format=jsonl&fields=id,title,body&sort=newest";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  @TempDir static Path solrHome;

  @BeforeAll
  static void index() throws Exception {
    try (SolrClient solr = SolrClients.open("embedded:" + solrHome)) {
      WordyCorpus.index(solr, ARTICLES, 1200); // about 7 MB of JSON lines
    }
  }

  /** Sends a few kilobytes at a time, like a slow link; the client's own buffer is small too. */
  @Configuration(proxyBeanMethods = false)
  static class SlowNetwork {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallSendBuffer() {
      return factory ->
          factory.addConnectorCustomizers(c -> c.setProperty("socket.txBufSize", "8192"));
    }
  }

  static ConfigurableApplicationContext start() {
    return start(List.of("--facetwire.export.page-size=50"));
  }

  /**
   * The app on the test index; snippet exports run with the default page size, which they cap
   * themselves.
   */
  static ConfigurableApplicationContext start(List<String> extra) {
    // As command line arguments, which win over application.properties.
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--server.port=0",
                "--facetwire.seeds.enabled=false",
                "--facetwire.solr.url=embedded:" + solrHome,
                "--spring.lifecycle.timeout-per-shutdown-phase=30s"));
    args.addAll(extra);
    return new SpringApplicationBuilder(FacetwireApplication.class, SlowNetwork.class)
        .run(args.toArray(String[]::new));
  }

  static Socket export(ConfigurableApplicationContext app) throws IOException {
    return export(app, EXPORT);
  }

  static Socket export(ConfigurableApplicationContext app, String path) throws IOException {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    Socket socket = new Socket();
    socket.setReceiveBufferSize(4096);
    socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
    // HTTP/1.0: the body comes as it is, not in chunks, and the connection ends with it.
    socket
        .getOutputStream()
        .write(
            ("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  static String read(InputStream in, int bytes) throws IOException {
    return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
  }

  /** The exports being written now, as the app's metrics tell (the operator's view). */
  static double live(ConfigurableApplicationContext app) {
    return app.getBean(MeterRegistry.class).get(ExportService.LIVE_METRIC).gauge().value();
  }

  /** Rows the app's exports have read from Solr so far. */
  static double rowsRead(ConfigurableApplicationContext app) {
    return app.getBean(MeterRegistry.class).get(ExportService.ROWS_METRIC).counter().count();
  }

  static void awaitOneLive(ConfigurableApplicationContext app) throws InterruptedException {
    for (int i = 0; i < 100 && live(app) == 0; i++) Thread.sleep(50);
    assertThat(live(app)).isEqualTo(1);
  }

  /** CPU time of every export feed thread alive now, in nanoseconds. */
  static long feedCpuNanos() {
    long sum = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("export-feed"))
        sum += Math.max(0, THREADS.getThreadCpuTime(t.getId()));
    }
    return sum;
  }

  @ParameterizedTest
  @ValueSource(strings = {EXPORT, EXPORT + "&snippets=true&q=said~2%20said"})
  void aClientThatGoesAwayStopsItsExportWithinASecond(String path) throws Exception {
    try (ConfigurableApplicationContext app =
        start(path.contains("snippets") ? List.of() : List.of("--facetwire.export.page-size=50"))) {
      try (Socket socket = export(app, path)) {
        assertThat(read(socket.getInputStream(), 2048)).startsWith("HTTP/1.1 200");
        awaitOneLive(app);
        Thread.sleep(300); // the feed fills its queue, the writer waits on the slow link
        assertThat(rowsRead(app)).isPositive().isLessThan(ARTICLES);
      } // closed with unread bytes: the server's next write fails
      long closed = System.nanoTime();
      for (int i = 0; i < 40 && live(app) > 0; i++) Thread.sleep(25);
      long stoppedMs = (System.nanoTime() - closed) / 1_000_000;
      assertThat(live(app))
          .as("export still written %d ms after the client left", stoppedMs)
          .isZero();
      assertThat(stoppedMs).isLessThan(1000);
      // the feed thread stops within one page of the writer: let it, then watch it stay stopped
      Thread.sleep(300);

      double rows = rowsRead(app);
      long cpu = feedCpuNanos();
      Thread.sleep(1000);
      assertThat(rowsRead(app)).as("rows read after the client left").isEqualTo(rows);
      assertThat(feedCpuNanos() - cpu)
          .as("feed CPU in the second after it stopped")
          .isLessThan(TimeUnit.MILLISECONDS.toNanos(50));
      assertThat(rows).isLessThan(ARTICLES);
      System.out.printf(
          "export stopped %d ms after the client left, after %.0f of %d rows%n",
          stoppedMs, rows, ARTICLES);
    }
  }

  @Test
  void shutdownEndsRunningExportsInsteadOfWaitingOutItsGracePeriod() throws Exception {
    ConfigurableApplicationContext app = start();
    try (Socket socket = export(app)) {
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      // A slow reader, about 100 KB/s: the whole export would take far longer than the 30 s grace
      // period.
      CompletableFuture<Void> reader =
          CompletableFuture.runAsync(
              () -> {
                try {
                  byte[] buffer = new byte[1024];
                  for (int n; (n = in.read(buffer)) >= 0; Thread.sleep(10))
                    received.write(buffer, 0, n);
                } catch (IOException | InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      awaitOneLive(app);
      Thread.sleep(500);
      assertThat(rowsRead(app)).isLessThan(ARTICLES);

      long start = System.nanoTime();
      app.close();
      long closeMs = (System.nanoTime() - start) / 1_000_000;
      reader.get(10, TimeUnit.SECONDS);
      // Closing embedded Solr takes seconds of its own on a busy machine; the export alone would
      // hold all 30 s.
      assertThat(closeMs).as("shutdown took %d ms", closeMs).isLessThan(10_000);
      List<String> lines = received.toString(StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.get(lines.size() - 1))
          .isEqualTo(
              "{\"_error\":\"export interrupted: the server is shutting down; the rows above are complete, the rest is missing\"}");
      System.out.printf("shutdown with a running export took %d ms%n", closeMs);
    } finally {
      app.close();
    }
  }
}
