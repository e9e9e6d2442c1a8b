package nyc.cabportal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nyc.cabportal.stack.StackSettings;

/**
 * The soak test, against a running stack ({@code ./cabportal run} in another terminal): ride
 * requests at a steady rate (by default half the rate one portal server sustains in BENCHMARKS.md,
 * 150/s) for a long time, one minute at a time, reporting each minute's accepted rate, errors and
 * latencies, and each JVM's heap after a full GC, threads, open files and sockets at the start,
 * every {@code --vitals-every} minutes and at the end. It fails (exit 1) on any request not
 * accepted.
 *
 * <p>Between minutes the load generator reads the minute's rides back (a few seconds without new
 * requests): that is how it takes each ride's recorded end-to-end latency.
 *
 * <pre>./cabportal soak [--rate 75] [--minutes 30] [--vitals-every 5]</pre>
 */
public final class Soak {

  private Soak() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("jdk.httpclient.keepalive.timeout", "30");
    int rate = 75;
    int minutes = 30;
    int vitalsEvery = 5;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        usage(args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--rate" -> rate = Integer.parseInt(value);
        case "--minutes" -> minutes = Integer.parseInt(value);
        case "--vitals-every" -> vitalsEvery = Integer.parseInt(value);
        default -> usage("unknown option " + args[i]);
      }
    }
    StackSettings settings =
        StackSettings.fromEnvironment(StackSettings.findRoot(), System.getenv());
    Benchmark.requireReady(settings.portalUrl());
    System.out.println(Benchmark.machine());
    System.out.printf(
        Locale.ROOT,
        "soak: %d rides/s for %d minutes against %s%n%n",
        rate,
        minutes,
        settings.portalUrl());

    RideLoad load = new RideLoad(settings.portalUrl());
    System.out.println("warm-up minute (not counted):");
    System.out.println("  " + load.run(rate, 60).counts());
    List<JvmVitals> first = JvmVitals.readAll();
    printVitals("start", first);

    int failures = 0;
    long accepted = 0;
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> series = new ArrayList<>();
    System.out.println(
        "minute  accepted/s  not accepted  submit p50/p99 ms  end-to-end p50/p95/p99 ms  outcomes");
    for (int minute = 1; minute <= minutes; minute++) {
      RideLoad.Result r = load.run(rate, 60);
      failures += r.sent() - r.accepted();
      accepted += r.accepted();
      r.outcomes().forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
      SoakMinute m = new SoakMinute(minute, r);
      System.out.println(m.line() + (m.notAccepted() > 0 ? "  " + r.counts() : ""));
      series.add(m.json());
      if (minute % vitalsEvery == 0 && minute < minutes) {
        printVitals("after minute " + minute, JvmVitals.readAll());
      }
    }
    List<JvmVitals> last = JvmVitals.readAll();
    printVitals("end", last);
    System.out.println("start → end:");
    for (JvmVitals a : first) {
      last.stream()
          .filter(b -> b.part().equals(a.part()))
          .findFirst()
          .ifPresent(
              b ->
                  System.out.printf(
                      Locale.ROOT,
                      "  %-8s heap after GC %+.1f MiB, threads %+d, open files %+d, sockets %+d%n",
                      a.part(),
                      (b.heapAfterGcKb() - a.heapAfterGcKb()) / 1024.0,
                      b.threads() - a.threads(),
                      b.files() - a.files(),
                      b.sockets() - a.sockets()));
    }
    System.out.printf(
        Locale.ROOT,
        "%nsoak: %d rides accepted in %d minutes, %d not accepted, outcomes %s%n",
        accepted,
        minutes,
        failures,
        outcomes);
    System.out.println(
        "{\"soak\":{\"rate\":"
            + rate
            + ",\"minutes\":"
            + minutes
            + ",\"accepted\":"
            + accepted
            + ",\"notAccepted\":"
            + failures
            + ",\"series\":["
            + String.join(",", series)
            + "],\"start\":"
            + first.stream().map(JvmVitals::json).toList()
            + ",\"end\":"
            + last.stream().map(JvmVitals::json).toList()
            + "}}");
    System.exit(failures == 0 ? 0 : 1);
  }

  /** One minute of the soak, as a table row and as JSON. */
  private record SoakMinute(int minute, RideLoad.Result r) {

    int notAccepted() {
      return r.sent() - r.accepted();
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%6d  %10.1f  %12d  %7.1f / %7.1f  %7.0f / %5.0f / %5.0f  %s",
          figures(r.outcomes()));
    }

    String json() {
      return String.format(
          Locale.ROOT,
          "{\"minute\":%d,\"acceptedPerSecond\":%.1f,\"notAccepted\":%d,\"submitP50\":%.1f,"
              + "\"submitP99\":%.1f,\"e2eP50\":%.0f,\"e2eP95\":%.0f,\"e2eP99\":%.0f,"
              + "\"outcomes\":%s}",
          figures(
              r.outcomes().entrySet().stream()
                  .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                  .collect(Collectors.joining(",", "{", "}"))));
    }

    /** The minute's figures in the order both forms print them, the outcomes last. */
    private Object[] figures(Object outcomes) {
      return new Object[] {
        minute,
        r.accepted() / r.seconds(),
        notAccepted(),
        r.submit().p50(),
        r.submit().p99(),
        r.endToEnd().p50(),
        r.endToEnd().p95(),
        r.endToEnd().p99(),
        outcomes
      };
    }
  }

  private static void printVitals(String when, List<JvmVitals> vitals) {
    System.out.println("vitals, " + when + ":");
    vitals.forEach(v -> System.out.println("  " + v.line()));
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("Usage: ./cabportal soak [--rate 75] [--minutes 30] [--vitals-every 5]");
    System.exit(2);
  }
}
