package io.facetwire.bench.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Peak heap in use during a phase, sampled every 10 ms on a daemon thread. Sampling (not pool peak
 * sums, which add up peaks from different moments) is what "how much heap does indexing need"
 * means.
 */
public final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  public HeapSampler() {
    peak = memory.getHeapMemoryUsage().getUsed();
    thread =
        new Thread(
            () -> {
              while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  public long peakBytes() {
    return peak;
  }

  /** The heap limit (-Xmx), for context next to the peak. */
  public static long maxBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  /** Collects garbage so the next phase does not start with the previous one's leftovers. */
  public static void settle() {
    System.gc();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
