package nyc.cabportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

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
    PARTS.put("edge", "nginx");
  }

  private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

  /**
   * The key under which a snapshot holds the stack's JIT compiler threads: CPU a JVM spends once
   * after its start, not per ride, so a phase soon after a start says how much of its count is
   * that.
   */
  private static final String JIT = "JIT compilation";

  /** CPU milliseconds so far, by part (parts not found are left out), and the stack's JIT. */
  static Map<String, Long> snapshot() {
    Map<String, Long> cpu = new LinkedHashMap<>();
    cpu.put("load generator", self());
    long[] jit = {0};
    processes()
        .forEach(
            (name, pids) ->
                pids.forEach(
                    pid -> {
                      cpu.merge(name, millis(pid), Long::sum);
                      jit[0] += compilerMillis(pid);
                    }));
    cpu.put(JIT, jit[0]);
    return cpu;
  }

  /** The processes of each part of the running stack, found by their command lines. */
  static Map<String, List<Long>> processes() {
    Map<String, List<Long>> found = new LinkedHashMap<>();
    PARTS.forEach(
        (name, marker) ->
            withMarker(marker)
                .forEach(p -> found.computeIfAbsent(name, n -> new ArrayList<>()).add(p.pid())));
    return found;
  }

  /** The process whose command line holds {@code marker} (e.g. its data file), found once. */
  static long processWith(String marker) {
    return withMarker(marker)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no process running with " + marker))
        .pid();
  }

  private static Stream<ProcessHandle> withMarker(String marker) {
    return ProcessHandle.allProcesses().filter(p -> commandLine(p.pid()).contains(marker));
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
    long jit = 0;
    for (var e : after.entrySet()) {
      long used = e.getValue() - before.getOrDefault(e.getKey(), e.getValue());
      if (e.getKey().equals(JIT)) {
        jit = used;
        continue;
      }
      if (!e.getKey().equals("load generator")) {
        total += used;
      }
      sb.append(String.format(Locale.ROOT, " %s %.2f,", e.getKey(), used / (double) rides));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            " stack total %.2f (of which JIT compilation %.2f)",
            total / (double) rides,
            jit / (double) rides));
    return sb.toString();
  }

  /** CPU milliseconds of a JVM's JIT compiler threads (named "C1/C2 CompilerThreadN"). */
  static long compilerMillis(long pid) {
    try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      return tasks
          .filter(t -> threadName(t).contains("CompilerThre")) // comm is cut at 15 characters
          .mapToLong(t -> ticksToMillis(t.resolve("stat"), false))
          .sum();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static String threadName(Path task) {
    try {
      return Files.readString(task.resolve("comm"));
    } catch (IOException e) {
      return ""; // the thread ended
    }
  }

  private static long self() {
    return millis(ProcessHandle.current().pid());
  }

  /**
   * CPU of a process and of the children it has waited for (Hadoop's local file system runs a
   * {@code chmod} process for files it creates: their CPU is the stack's too).
   */
  static long millis(long pid) {
    return ticksToMillis(Path.of("/proc/" + pid + "/stat"), true);
  }

  /**
   * utime + stime of a {@code stat} file of a process or a thread, in milliseconds, with cutime +
   * cstime (its waited-for children's) if asked.
   */
  private static long ticksToMillis(Path statFile, boolean withChildren) {
    try {
      String stat = Files.readString(statFile);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14–17 of stat (utime, stime, cutime, cstime) are 12–15 after the command name
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      if (withChildren) {
        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
      }
      return ticks * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
