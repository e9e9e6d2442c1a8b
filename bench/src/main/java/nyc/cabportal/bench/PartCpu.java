package nyc.cabportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time used by each part of the running stack, read from {@code /proc/PID/stat}, so a phase of
 * the benchmark can say how many CPU milliseconds one ride costs in each JVM — on 2 cores, the sum
 * of these is what bounds throughput.
 */
final class PartCpu {

  /** Parts by a word of their command line; a part of several processes is their sum. */
  private static final Map<String, String> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("portal", "ws-server.jar");
    PARTS.put("kafka", "nyc.cabportal.stack.EmbeddedKafka");
    PARTS.put("mongodb", "nyc.cabportal.stack.EmbeddedMongo");
    PARTS.put("worker", "nyc.cabportal.worker.DispatchWorker");
    PARTS.put("balancer", "nginx");
  }

  private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

  /** CPU milliseconds so far, by part (parts not found are left out). */
  static Map<String, Long> snapshot() {
    Map<String, Long> cpu = new LinkedHashMap<>();
    cpu.put("load generator", self());
    processes()
        .forEach((name, pids) -> pids.forEach(pid -> cpu.merge(name, millis(pid), Long::sum)));
    return cpu;
  }

  /** The processes of each part of the running stack, found by their command lines. */
  static Map<String, List<Long>> processes() {
    Map<String, List<Long>> found = new LinkedHashMap<>();
    PARTS.forEach(
        (name, marker) ->
            ProcessHandle.allProcesses()
                .filter(p -> commandLine(p.pid()).contains(marker))
                .forEach(p -> found.computeIfAbsent(name, n -> new ArrayList<>()).add(p.pid())));
    return found;
  }

  /** The whole command line (ProcessHandle.Info truncates long ones, like our classpaths). */
  private static String commandLine(long pid) {
    try {
      return Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  static String perRide(Map<String, Long> before, Map<String, Long> after, int rides) {
    StringBuilder sb = new StringBuilder("CPU ms per ride:");
    long total = 0;
    for (var e : after.entrySet()) {
      long used = e.getValue() - before.getOrDefault(e.getKey(), e.getValue());
      if (!e.getKey().equals("load generator")) {
        total += used;
      }
      sb.append(String.format(Locale.ROOT, " %s %.2f,", e.getKey(), used / (double) rides));
    }
    sb.append(String.format(Locale.ROOT, " stack total %.2f", total / (double) rides));
    return sb.toString();
  }

  private static long self() {
    return millis(ProcessHandle.current().pid());
  }

  static long millis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14 and 15 of stat (utime, stime) are 12 and 13 after the command name
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
