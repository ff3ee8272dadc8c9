package io.facetwire.bench.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The machine and JVM a benchmark ran on, recorded next to its numbers. */
public record Environment(
    String date,
    String cpu,
    int cores,
    long memoryBytes,
    String os,
    String jvm,
    String jvmArgs,
    double loadAverage) {

  public static Environment capture() {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new Environment(
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize(),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " ("
            + System.getProperty("os.arch")
            + ")",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
        Stopwatch.loadAverage());
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
