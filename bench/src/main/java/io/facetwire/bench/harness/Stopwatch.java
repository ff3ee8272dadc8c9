package io.facetwire.bench.harness;

import java.lang.management.ManagementFactory;

/**
 * Wall time and process CPU time of what runs between {@link #start()} and {@link #stop()}, added
 * up over several intervals. CPU time matters on a shared machine: other processes stretch the wall
 * clock of whichever phase they happen to overlap, but not the CPU seconds a phase burns.
 */
public final class Stopwatch {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long wallNanos;
  private long cpuNanos;
  private long wallStart = -1;
  private long cpuStart;

  public Stopwatch start() {
    wallStart = System.nanoTime();
    cpuStart = OS.getProcessCpuTime();
    return this;
  }

  public Stopwatch stop() {
    if (wallStart < 0) throw new IllegalStateException("not started");
    wallNanos += System.nanoTime() - wallStart;
    cpuNanos += OS.getProcessCpuTime() - cpuStart;
    wallStart = -1;
    return this;
  }

  public double wallSeconds() {
    return wallNanos / 1e9;
  }

  public double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  /** The machine's one-minute load average, to show how busy the shared machine was. */
  public static double loadAverage() {
    return OS.getSystemLoadAverage();
  }
}
