package io.facetwire.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback: {@value #CLIENTS} clients searching, filtering, paging and
 * opening articles back to back for {@code -Dfacetwire.load.seconds} (10 s by default, 60 s for the
 * recorded run). Zero errors are allowed; p50/p99 and heap after GC at start and end are reported.
 * Heap may not grow beyond GC noise: a leak per request would show as steady growth across the run.
 */
class LoadIT extends ReliabilityApp {
  static final int CLIENTS = 8;
  static final int SECONDS = Integer.getInteger("facetwire.load.seconds", 10);
  static final long HEAP_SLACK = 64L << 20;
  static final String[] WORDS = {
    "council",
    "harbour",
    "strike",
    "prison",
    "workers",
    "budget",
    "school",
    "port",
    "election",
    "flood",
    "energy",
    "housing",
    "minister",
    "inquiry",
    "rail",
    "talks",
    "union",
    "vote"
  };
  static final String[] PEOPLE = {
    "Alice Carter", "Tom Baxter", "Maria Lopez", "Lena Novak", "Rahul Mehta"
  };

  @Test
  void eightClientsWithoutErrorsAndFlatMemory() throws Exception {
    List<String> ids = new ArrayList<>();
    ReliabilityJson.parse(http().get("/api/search?size=100").body())
        .get("results")
        .forEach(h -> ids.add(h.get("id").asText()));
    assertThat(ids).isNotEmpty();
    run(ids, 2); // warm-up: JIT, caches, connection pools
    long heapBefore = usedHeapAfterGc();
    int threadsBefore = Thread.activeCount();

    Result r = run(ids, SECONDS);

    long heapAfter = usedHeapAfterGc();
    long[] sorted = r.millis.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "[reliability] load: %d clients x %d s: %d requests (%.0f/s), %d errors, p50 %d ms, p99 %d ms, "
            + "max %d ms; heap after GC %d MB -> %d MB; threads %d -> %d%n",
        CLIENTS,
        SECONDS,
        sorted.length,
        sorted.length / (double) SECONDS,
        r.errors.size(),
        percentile(sorted, 50),
        percentile(sorted, 99),
        sorted[sorted.length - 1],
        heapBefore >> 20,
        heapAfter >> 20,
        threadsBefore,
        Thread.activeCount());
    assertThat(r.errors).as("failed requests").isEmpty();
    assertThat(sorted.length).isPositive();
    assertThat(heapAfter)
        .as("used heap after GC, end vs start")
        .isLessThan(heapBefore + HEAP_SLACK);
  }

  record Result(ConcurrentLinkedQueue<Long> millis, ConcurrentLinkedQueue<String> errors) {}

  Result run(List<String> ids, int seconds) throws Exception {
    Result r = new Result(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger clientNo = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        clients.add(
            pool.submit(
                () -> {
                  Random random = new Random(1000 + clientNo.getAndIncrement());
                  Http http = http();
                  while (System.nanoTime() < end) {
                    String path = nextRequest(random, ids);
                    long start = System.nanoTime();
                    try {
                      Http.Reply reply = http.get(path);
                      if (reply.status() != 200) r.errors.add(reply.status() + " " + path);
                    } catch (Exception e) {
                      r.errors.add(e + " " + path);
                    }
                    r.millis.add((System.nanoTime() - start) / 1_000_000);
                  }
                  return null;
                }));
      }
      for (Future<?> f : clients) f.get();
    } finally {
      pool.shutdownNow();
    }
    return r;
  }

  /**
   * What a researcher's session looks like: searches, drill-downs, date ranges, paging, reading.
   */
  static String nextRequest(Random r, List<String> ids) {
    String word = WORDS[r.nextInt(WORDS.length)];
    return switch (r.nextInt(6)) {
      case 0 -> "/api/search?q=" + word;
      case 1 -> "/api/search?q=" + word + "+" + WORDS[r.nextInt(WORDS.length)] + "&sort=newest";
      case 2 ->
          "/api/search?q="
              + word
              + "&person="
              + URLEncoder.encode(PEOPLE[r.nextInt(PEOPLE.length)], StandardCharsets.UTF_8);
      case 3 ->
          "/api/search?from=2024-0"
              + (1 + r.nextInt(9))
              + "&to=2024-12&page="
              + (1 + r.nextInt(3))
              + "&size=20";
      case 4 -> "/api/search?q=%22" + word + "%22&size=50";
      default -> "/api/articles/" + ids.get(r.nextInt(ids.size()));
    };
  }

  static long percentile(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  static long usedHeapAfterGc() throws InterruptedException {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
