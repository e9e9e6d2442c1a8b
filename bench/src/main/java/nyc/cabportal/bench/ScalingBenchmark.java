package nyc.cabportal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.StackSettings;

/**
 * One portal server against two, against a running stack ({@code ./cabportal run} in another
 * terminal): the same ride load through the same nginx balancer, first with the stack's own portal
 * behind it, then with a second portal server started beside it on the same Kafka and MongoDB. For
 * each configuration and rate: accepted requests per second, submit and end-to-end latency, the
 * servers that took the requests, and CPU per ride by part. The second portal and the balancer are
 * stopped at the end.
 *
 * <pre>./cabportal bench-scaling [--rates 100,200,300] [--seconds 20] [--second-port 9081]
 *     [--balancer-port 9088]</pre>
 */
public final class ScalingBenchmark {

  /**
   * A rate is sustained when every request is accepted and the servers accept at least this share
   * of the offered rate (an open-loop load that the servers fall behind takes longer than planned).
   */
  static final double SUSTAINED_SHARE = 0.97;

  private ScalingBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("jdk.httpclient.keepalive.timeout", "30");
    List<Integer> rates = List.of(100, 200, 300);
    int seconds = 20;
    int secondPort = 9081;
    int balancerPort = 9088;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        usage(args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--rates" -> rates = Benchmark.parseRates(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
        case "--second-port" -> secondPort = Integer.parseInt(value);
        case "--balancer-port" -> balancerPort = Integer.parseInt(value);
        default -> usage("unknown option " + args[i]);
      }
    }
    StackSettings settings =
        StackSettings.fromEnvironment(StackSettings.findRoot(), System.getenv());
    Benchmark.requireReady(settings.portalUrl());
    EmbeddedStack stack = new EmbeddedStack(settings);
    String balanced = "http://localhost:" + balancerPort;
    System.out.println(Benchmark.machine());
    System.out.printf(
        "portals behind nginx on %s, Kafka %s, MongoDB %s, %d s per rate%n%n",
        balanced, settings.kafkaBootstrapServers(), settings.mongoUri(), seconds);
    List<String> json = new ArrayList<>();
    try {
      stack.startBalancer(balancerPort, List.of(settings.portalPort()));
      json.addAll(measure("1 server", balanced, rates, seconds));
      stack.stopBalancer();

      long t0 = System.nanoTime();
      stack.startPortal(secondPort);
      System.out.printf(
          "second portal server on port %d ready in %.1f s%n%n",
          secondPort, (System.nanoTime() - t0) / 1e9);
      stack.startBalancer(balancerPort, List.of(settings.portalPort(), secondPort));
      json.addAll(measure("2 servers", balanced, rates, seconds));
    } finally {
      stack.stopBalancer();
      stack.stopPortal(secondPort);
    }
    json.forEach(System.out::println);
  }

  private static List<String> measure(String servers, String url, List<Integer> rates, int seconds)
      throws Exception {
    RideLoad load = new RideLoad(url);
    // Warm-up, not measured: a server just started compiles its hot paths first.
    System.out.printf("== %s: warming up, 15 s at 100 rides/s (not measured)%n", servers);
    load.run(100, 15);
    List<String> json = new ArrayList<>();
    for (int rate : rates) {
      RideLoad.Result r = load.run(rate, seconds);
      String cpu = r.cpuPerRide();
      boolean sustained =
          r.accepted() == r.sent() && r.accepted() / r.seconds() >= SUSTAINED_SHARE * rate;
      System.out.printf("== %s, %d requests/s for %d s ==%n", servers, rate, seconds);
      System.out.println(Percentiles.header());
      System.out.println(r.submit().row("submit (POST → 202)"));
      System.out.println(r.endToEnd().row("end-to-end (accepted → stored)"));
      System.out.println(r.counts());
      System.out.println("taken by " + r.servedBy());
      System.out.println(cpu);
      System.out.println(sustained ? "sustained" : "not sustained");
      System.out.println();
      json.add(
          String.format(
              Locale.ROOT,
              "{\"servers\":\"%s\",\"rate\":%d,\"seconds\":%d,\"sent\":%d,\"accepted\":%d,"
                  + "\"acceptedPerSecond\":%.1f,\"answered\":%d,\"sustained\":%b,"
                  + "\"submitMs\":%s,\"endToEndMs\":%s}",
              servers,
              rate,
              seconds,
              r.sent(),
              r.accepted(),
              r.accepted() / r.seconds(),
              r.answered(),
              sustained,
              r.submit().json(),
              r.endToEnd().json()));
    }
    return json;
  }

  private static void usage(String problem) {
    System.err.println("scaling benchmark: " + problem);
    System.err.println(
        "Usage: ./cabportal bench-scaling [--rates 100,200,300] [--seconds 20]"
            + " [--second-port 9081] [--balancer-port 9088]");
    System.exit(1);
  }
}
