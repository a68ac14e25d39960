package org.entente.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmark runs on, and the process's memory: heap (after the last collection) and resident set. */
public final class Machine {

  private Machine() {}

  public static String describe() {
    return String.format(Locale.ROOT, "%d cores, %.1f GiB memory, Java %s, max heap %d MiB, %s",
        Runtime.getRuntime().availableProcessors(), procKb("/proc/meminfo", "MemTotal:") / 1048576.0,
        Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }

  /** Resident set size now, in MiB (-1 where /proc is missing). */
  public static long rssMiB() {
    return procKb("/proc/self/status", "VmRSS:") >> 10;
  }

  /** The largest resident set so far, in MiB. */
  public static long peakRssMiB() {
    return procKb("/proc/self/status", "VmHWM:") >> 10;
  }

  /** Heap in use after the latest collection, summed over pools, in MiB: what the live data takes. */
  public static long liveHeapMiB() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) sum += p.getCollectionUsage().getUsed();
    }
    return sum >> 20;
  }

  /** The heap's peak use so far, summed over pools, in MiB. */
  public static long peakHeapMiB() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    }
    return sum >> 20;
  }

  private static long procKb(String file, String key) {
    try {
      for (String l : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        if (l.startsWith(key)) return Long.parseLong(l.substring(key.length()).replace("kB", "").strip());
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
