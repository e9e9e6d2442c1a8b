package nyc.cabportal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.StackSettings;

/**
 * The ride benchmark, against a running stack ({@code ./cabportal run} in another terminal): for
 * each rate, the Kafka → Spark latency floor, then the ride load; then the capacity step (the rate
 * stepped up until a step misses the targets: every ride accepted, submit p99 ≤ 100 ms, end-to-end
 * p99 ≤ 1 s) and the overload step (twice the capacity for 30 s, then half of it for 20 s: what the
 * accepted rides see, how fast the others are refused, how soon latency is back). Prints a table
 * and one JSON line per step.
 *
 * <pre>
 * ./cabportal bench [--rates 50,200] [--seconds 30] [--capacity 100,200,300,400,500,600|none]
 *                   [--url http://localhost:9080]
 * </pre>
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    // Drop idle pooled connections before the portal does (Liberty: 60 s); a POST on a
    // connection the server already closed fails and, rightly, is not retried by the client.
    System.setProperty("jdk.httpclient.keepalive.timeout", "30");
    List<Integer> rates = List.of(50, 200);
    List<Integer> capacityRates = List.of(100, 200, 300, 400, 500, 600);
    int seconds = 30;
    String url = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--rates" -> rates = parseRates(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
        case "--capacity" -> capacityRates = "none".equals(value) ? List.of() : parseRates(value);
        case "--url" -> url = value;
        default -> usage("unknown option " + args[i]);
      }
      i++;
    }
    StackSettings settings =
        StackSettings.fromEnvironment(StackSettings.findRoot(), System.getenv());
    if (url == null) {
      url = settings.portalUrl();
    }
    requireReady(url);
    EmbeddedStack stack = new EmbeddedStack(settings);
    System.out.println(machine());
    System.out.printf(
        "portal %s, Kafka %s, %d s per rate%n%n", url, settings.kafkaBootstrapServers(), seconds);
    RideLoad load = new RideLoad(url);
    // Warm-up, not measured: after a start, five JVMs load classes and JIT-compile at once on
    // two cores, and a cold stack falls behind at 200 rides/s (measured). 15 s at 100/s.
    System.out.println("warming up: 15 s at 100 rides/s (not measured)");
    load.run(100, 15);
    List<String> json = new ArrayList<>();
    for (int rate : rates) {
      LatencyFloorProbe.Floor measured = new LatencyFloorProbe(stack).measure(rate, seconds);
      Percentiles floor = measured.lags();
      WorkerBatches batches = WorkerBatches.mark(settings.dataDir().resolve("logs/worker.log"));
      RideLoad.Result r = load.run(rate, seconds);
      String cpu = r.cpuPerRide();
      String timers = PortalTimers.read(url);
      double ratio = r.endToEnd().p50() / floor.p50();
      System.out.printf("== %d requests/s for %d s ==%n", rate, seconds);
      System.out.println(Percentiles.header());
      System.out.println(r.submit().row("submit (POST → 202)"));
      if (r.refused().count() > 0) {
        System.out.println(r.refused().row("refused (POST → 503)"));
      }
      System.out.println(r.endToEnd().row("end-to-end (accepted → stored)"));
      System.out.println(floor.row("floor (Kafka → foreachBatch)"));
      System.out.println(r.counts());
      System.out.println("answers: " + r.outcomes());
      System.out.println(batches.summary());
      System.out.println(timers);
      System.out.println(cpu);
      System.out.println(measured.cpuRow());
      System.out.printf(Locale.ROOT, "end-to-end p50 / floor p50 = %.2f%n%n", ratio);
      json.add(
          String.format(
              Locale.ROOT,
              "{\"rate\":%d,\"seconds\":%d,\"sent\":%d,\"accepted\":%d,\"answered\":%d,\"errors\":%d,"
                  + "\"submitMs\":%s,\"endToEndMs\":%s,\"floorMs\":%s,\"e2eOverFloorP50\":%.2f}",
              rate,
              seconds,
              r.sent(),
              r.accepted(),
              r.answered(),
              r.sent() - r.accepted(),
              r.submit().json(),
              r.endToEnd().json(),
              floor.json(),
              ratio));
    }
    if (!capacityRates.isEmpty()) {
      int capacity = capacity(load, capacityRates, seconds, json);
      overload(load, Math.max(capacity, capacityRates.get(0)), json);
    }
    json.forEach(System.out::println);
  }

  /** Submit p99 and end-to-end p99 a rate must stay within to count as held. */
  static final double HELD_SUBMIT_P99_MS = 100;

  static final double HELD_END_TO_END_P99_MS = 1000;

  /** Steps the rate up; returns the highest rate held (0 if none), stopping at the first miss. */
  private static int capacity(RideLoad load, List<Integer> rates, int seconds, List<String> json)
      throws Exception {
    System.out.printf(
        "== capacity: each rate for %d s; held = every ride accepted, submit p99 ≤ %.0f ms,"
            + " end-to-end p99 ≤ %.0f ms ==%n",
        seconds, HELD_SUBMIT_P99_MS, HELD_END_TO_END_P99_MS);
    int held = 0;
    for (int rate : rates) {
      RideLoad.Result r = load.run(rate, seconds);
      String cpu = r.cpuPerRide();
      boolean ok =
          r.accepted() == r.sent()
              && r.answered() == r.accepted()
              && r.submit().p99() <= HELD_SUBMIT_P99_MS
              && r.endToEnd().p99() <= HELD_END_TO_END_P99_MS;
      System.out.printf(
          Locale.ROOT,
          "%4d/s: accepted %d of %d, submit p99 %.1f ms, end-to-end p50 %.0f / p99 %.0f ms — %s%n"
              + "        %s%n",
          rate,
          r.accepted(),
          r.sent(),
          r.submit().p99(),
          r.endToEnd().p50(),
          r.endToEnd().p99(),
          ok ? "held" : "not held",
          cpu);
      json.add(
          String.format(
              Locale.ROOT,
              "{\"step\":\"capacity\",\"rate\":%d,\"sent\":%d,\"accepted\":%d,\"held\":%b,"
                  + "\"submitMs\":%s,\"endToEndMs\":%s}",
              rate,
              r.sent(),
              r.accepted(),
              ok,
              r.submit().json(),
              r.endToEnd().json()));
      if (!ok) {
        break;
      }
      held = rate;
    }
    System.out.printf("capacity: %d rides/s held%n%n", held);
    return held;
  }

  /**
   * Requests per second beside the overload's rides that the portal refuses as invalid: the floor
   * of a refusal's latency in the same run (a twentieth of a 1,000/s overload).
   */
  static final int OVERLOAD_PROBES_PER_SECOND = 50;

  /**
   * Twice the capacity for 30 s, then half of it for 20 s, as one open-loop run: the accepted
   * rides' latency under overload, the refusals' speed beside their floor (the portal's answer to
   * an invalid ride request, which takes the same path up to the admission decision, in the same
   * moments), and the latency 10–20 s after it ended.
   */
  private static void overload(RideLoad load, int capacity, List<String> json) throws Exception {
    int over = 2 * capacity;
    int after = Math.max(1, capacity / 2);
    System.out.printf(
        "== overload: %d rides/s (2 × capacity) for 30 s, then %d rides/s for 20 s ==%n",
        over, after);
    LoadRun run =
        load.run(
            List.of(
                new RideLoad.Phase(over, 30, OVERLOAD_PROBES_PER_SECOND),
                new RideLoad.Phase(after, 20)));
    RideLoad.Result during = run.window(0, 30);
    RideLoad.Result first = run.window(30, 40);
    RideLoad.Result then = run.window(40, 50);
    System.out.println(Percentiles.header());
    System.out.println(during.submit().row("overload: submit (POST → 202)"));
    System.out.println(during.refused().row("overload: refused (POST → 503)"));
    System.out.println(during.probes().row("floor: invalid ride (POST → 400)"));
    System.out.println(during.probesNearRefusals().row("  the same, ≤ 50 ms from a refusal"));
    System.out.println(during.endToEnd().row("overload: end-to-end, accepted"));
    System.out.println(first.endToEnd().row("0–10 s after: end-to-end"));
    System.out.println(then.endToEnd().row("10–20 s after: end-to-end"));
    System.out.println("overload: " + during.counts());
    System.out.printf(
        "overload: refused carrying a ride id (stored, never dispatched): %d; accepted and"
            + " answered %d of %d%n",
        during.refusedIds().size(), during.answered(), during.accepted());
    System.out.println("overload: refused by kind " + during.refusals());
    System.out.println("after: " + then.counts());
    System.out.println();
    json.add(
        String.format(
            Locale.ROOT,
            "{\"step\":\"overload\",\"rate\":%d,\"sent\":%d,\"accepted\":%d,\"answered\":%d,"
                + "\"refused\":%d,\"submitMs\":%s,\"refusedMs\":%s,\"invalidFloorMs\":%s,"
                + "\"invalidFloorNearRefusalsMs\":%s,\"endToEndMs\":%s,"
                + "\"afterRate\":%d,\"after0to10EndToEndMs\":%s,\"after10to20EndToEndMs\":%s}",
            over,
            during.sent(),
            during.accepted(),
            during.answered(),
            during.statusCounts().getOrDefault(503, 0),
            during.submit().json(),
            during.refused().json(),
            during.probes().json(),
            during.probesNearRefusals().json(),
            during.endToEnd().json(),
            after,
            first.endToEnd().json(),
            then.endToEnd().json()));
  }

  static List<Integer> parseRates(String value) {
    List<Integer> rates = new ArrayList<>();
    for (String s : value.split(",")) {
      rates.add(Integer.parseInt(s.strip()));
    }
    return rates;
  }

  static void requireReady(String url) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.replaceAll("/$", "") + "/health/ready"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      usage("the portal at " + url + " is not ready (start it with ./cabportal run): " + r.body());
    }
  }

  static String machine() throws Exception {
    String cpu =
        Files.lines(Path.of("/proc/cpuinfo"))
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .orElse("unknown CPU");
    long memKb =
        Files.lines(Path.of("/proc/meminfo"))
            .filter(l -> l.startsWith("MemTotal"))
            .findFirst()
            .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
            .orElse(0L);
    return String.format(
        Locale.ROOT,
        "%s — %d cores (%s), %.0f GiB, Java %s, %s",
        Instant.now(),
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memKb / 1048576.0,
        System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  private static void usage(String problem) {
    System.err.println("benchmark: " + problem);
    System.err.println(
        "Usage: ./cabportal bench [--rates 50,200] [--seconds 30]"
            + " [--capacity 100,200,300,400,500,600|none] [--url http://localhost:9080]");
    System.exit(1);
  }
}
