package nyc.cabportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a long run must not grow, per JVM of the stack: heap in use right after a full collection
 * (asked for with {@code jcmd PID GC.run}, read with {@code GC.heap_info}), threads, open file
 * descriptors and sockets (from {@code /proc}).
 */
record JvmVitals(String part, long pid, long heapAfterGcKb, int threads, int files, int sockets) {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  /** One reading of every Java part of the stack (nginx, if running, is not a JVM: skipped). */
  static List<JvmVitals> readAll() {
    return PartCpu.processes().entrySet().stream()
        .filter(e -> !e.getKey().equals("edge"))
        .flatMap(e -> e.getValue().stream().map(pid -> read(e.getKey(), pid)))
        .toList();
  }

  static JvmVitals read(String part, long pid) {
    jcmd(pid, "GC.run");
    long heap = 0;
    for (String line : jcmd(pid, "GC.heap_info").split("\n")) {
      // "garbage-first heap total …, used …K" (G1) or one line per generation (Serial, Parallel);
      // Metaspace and class space lines are not heap.
      Matcher m = USED.matcher(line);
      if (line.contains(" total ") && !line.contains("space") && m.find()) {
        heap += Long.parseLong(m.group(1));
      }
    }
    Path proc = Path.of("/proc/" + pid);
    int threads = 0;
    try {
      for (String line : Files.readAllLines(proc.resolve("status"))) {
        if (line.startsWith("Threads:")) {
          threads = Integer.parseInt(line.substring(8).strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      threads = -1;
    }
    int files = 0;
    int sockets = 0;
    try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
      for (Path fd : fds.toList()) {
        files++;
        try {
          if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
            sockets++;
          }
        } catch (IOException e) {
          // closed while we looked
        }
      }
    } catch (IOException e) {
      files = -1;
    }
    return new JvmVitals(part, pid, heap, threads, files, sockets);
  }

  /** A line of a report. */
  String line() {
    return String.format(
        Locale.ROOT,
        "%-8s heap after GC %7.1f MiB, threads %4d, open files %5d (sockets %4d)",
        part,
        heapAfterGcKb / 1024.0,
        threads,
        files,
        sockets);
  }

  String json() {
    return String.format(
        Locale.ROOT,
        "{\"part\":\"%s\",\"heapAfterGcMiB\":%.1f,\"threads\":%d,\"openFiles\":%d,\"sockets\":%d}",
        part,
        heapAfterGcKb / 1024.0,
        threads,
        files,
        sockets);
  }

  private static String jcmd(long pid, String command) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process p =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes());
      p.waitFor(60, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
