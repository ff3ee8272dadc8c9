package io.facetwire.bench.query;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load: N clients, each sending the next query of the mix as soon as its previous one
 * is answered, for a fixed time. Client k starts at query k so concurrent clients ask different
 * things, as several researchers would.
 */
final class LoadRunner {
  /** One timed request: which query of the mix and how long it took. */
  record Sample(int query, long nanos) {}

  /** Samples and errors of one run. */
  record Run(List<Sample> samples, int errors, double seconds) {}

  private LoadRunner() {}

  static Run run(Target target, int queries, int clients, long millis) throws InterruptedException {
    List<List<Sample>> perClient = new ArrayList<>();
    AtomicInteger errors = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + millis * 1_000_000;
    for (int c = 0; c < clients; c++) {
      List<Sample> samples = new ArrayList<>();
      perClient.add(samples);
      int first = c;
      Thread t =
          new Thread(
              () -> {
                int i = first % queries;
                while (System.nanoTime() < end) {
                  long t0 = System.nanoTime();
                  try {
                    target.run(i);
                    samples.add(new Sample(i, System.nanoTime() - t0));
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  i = (i + 1) % queries;
                }
              },
              "load-" + target.name() + "-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Sample> all = new ArrayList<>();
    perClient.forEach(all::addAll);
    return new Run(all, errors.get(), seconds);
  }

  static Latencies latencies(List<Run> runs) {
    int n = runs.stream().mapToInt(r -> r.samples().size()).sum();
    long[] nanos = new long[n];
    int k = 0;
    int errors = 0;
    double seconds = 0;
    for (Run r : runs) {
      for (Sample s : r.samples()) nanos[k++] = s.nanos();
      errors += r.errors();
      seconds += r.seconds();
    }
    return Latencies.of(nanos, errors, seconds);
  }

  static Latencies latenciesOf(List<Run> runs, int query) {
    List<Long> nanos = new ArrayList<>();
    for (Run r : runs) {
      for (Sample s : r.samples()) if (s.query() == query) nanos.add(s.nanos());
    }
    return Latencies.of(nanos.stream().mapToLong(Long::longValue).toArray(), 0, 0);
  }
}
