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
 * The Foundation benchmark, against a running stack ({@code ./cabportal run} in another terminal):
 * for each rate, the Kafka → Spark latency floor, then the ride load; prints a table and one JSON
 * line per rate.
 *
 * <pre>./cabportal bench [--rates 50,200] [--seconds 30] [--url http://localhost:9080]</pre>
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    // Drop idle pooled connections before the portal does (Liberty: 60 s); a POST on a
    // connection the server already closed fails and, rightly, is not retried by the client.
    System.setProperty("jdk.httpclient.keepalive.timeout", "30");
    List<Integer> rates = List.of(50, 200);
    int seconds = 30;
    String url = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--rates" -> rates = parseRates(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
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
      Percentiles floor = new LatencyFloorProbe(stack).measure(rate, seconds);
      var cpuBefore = PartCpu.snapshot();
      WorkerBatches batches = WorkerBatches.mark(settings.dataDir().resolve("logs/worker.log"));
      RideLoad.Result r = load.run(rate, seconds);
      String cpu = PartCpu.perRide(cpuBefore, PartCpu.snapshot(), r.sent());
      String timers = PortalTimers.read(url);
      double ratio = r.endToEnd().p50() / floor.p50();
      System.out.printf("== %d requests/s for %d s ==%n", rate, seconds);
      System.out.println(Percentiles.header());
      System.out.println(r.submit().row("submit (POST → 202)"));
      System.out.println(r.endToEnd().row("end-to-end (accepted → stored)"));
      System.out.println(floor.row("floor (Kafka → foreachBatch)"));
      System.out.println(r.counts());
      System.out.println("answers: " + r.outcomes());
      System.out.println(batches.summary());
      System.out.println(timers);
      System.out.println(cpu);
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
    json.forEach(System.out::println);
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
        "Usage: ./cabportal bench [--rates 50,200] [--seconds 30] [--url http://localhost:9080]");
    System.exit(1);
  }
}
