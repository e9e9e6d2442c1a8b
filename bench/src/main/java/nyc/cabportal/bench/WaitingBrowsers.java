package nyc.cabportal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nyc.cabportal.stack.StackSettings;

/**
 * Many browsers waiting on the status page at once, against a running stack: what they cost the
 * portal and the store while they wait, and how soon each hears its answer once it is stored.
 *
 * <p>The worker is paused ({@code SIGSTOP}) so that the rides wait; N rides are submitted and N
 * pages follow them over {@code GET /api/rides/{id}/events}, as the status page does. For 10 s the
 * portal's CPU and its result queries ({@code ride_result_queries_total}) are measured; then the
 * worker resumes, and each page's answer is timed to the event's arrival (one clock: the same
 * machine) from the ride's {@code dispatchedAt}, which the worker stamps before writing the batch's
 * answers, and, for a sample of rides, from the moment the answer was in the store ({@link
 * StoredAnswers}). The CPU each part of the stack and this generator spend from the worker's
 * resumption to the last answer says what a burst of answers competes with on one machine.
 *
 * <pre>./cabportal bench-browsers [--browsers 1000] [--url http://localhost:9080]</pre>
 */
public final class WaitingBrowsers {

  /** Rides whose moment in the store is watched (every page's would load the store itself). */
  private static final int SAMPLE = 100;

  private static final Pattern QUERIES =
      Pattern.compile("(?m)^ride_result_queries_total(?:\\{[^}]*\\})? ([0-9.eE+]+)");

  private WaitingBrowsers() {}

  /** One page's stream: when its events came, and the answer's own timings. */
  private record Page(String id, List<Instant> eventsAt, List<String> data) {
    /** The rides its events carried, parsed after the run so that reading costs the least. */
    List<JsonObject> rides() {
      return data.stream().map(d -> Json.createReader(new StringReader(d)).readObject()).toList();
    }
  }

  public static void main(String[] args) throws Exception {
    int browsers = 1000;
    String url = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--browsers" -> browsers = Integer.parseInt(args[i + 1]);
        case "--url" -> url = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    StackSettings settings =
        StackSettings.fromEnvironment(StackSettings.findRoot(), System.getenv());
    String base = (url == null ? settings.portalUrl() : url).replaceAll("/$", "");
    Benchmark.requireReady(base);
    long worker =
        PartCpu.processes().getOrDefault("worker", List.of()).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no dispatch worker running"));
    long portal = PartCpu.processes().get("portal").get(0);
    System.out.println(Benchmark.machine());
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    RideLoad load = new RideLoad(base);

    signal("STOP", worker);
    StoredAnswers store = new StoredAnswers(settings.mongoUri());
    CompletableFuture<Map<String, StoredAnswers.Stored>> storedAt =
        CompletableFuture.completedFuture(Map.of());
    List<Page> pages = new ArrayList<>();
    List<CompletableFuture<?>> streams = new ArrayList<>();
    double waitingCores;
    double queriesPerSecond;
    Map<String, Long> answerCpu0 = Map.of();
    try {
      // Within the portal's admission limit: the rides must be accepted before they have waited 2
      // s.
      RideLoad.Result submitted = load.run(List.of(new RideLoad.Phase(browsers, 1))).window(0, 1);
      System.out.printf(
          "worker paused; %d rides submitted, %d accepted%n",
          submitted.sent(), submitted.accepted());
      for (String id : submitted.acceptedIds()) {
        pages.add(follow(http, base, id, streams));
      }
      Thread.sleep(2000); // every stream open and its first event in
      long cpu0 = PartCpu.millis(portal);
      double q0 = queries(http, base);
      long t0 = System.nanoTime();
      Thread.sleep(10_000);
      double seconds = (System.nanoTime() - t0) / 1e9;
      waitingCores = (PartCpu.millis(portal) - cpu0) / 1000.0 / seconds;
      queriesPerSecond = (queries(http, base) - q0) / seconds;
      // Watching from before the worker resumes, so that no answer is stored unseen.
      List<String> sample = new ArrayList<>();
      int step = Math.max(1, pages.size() / SAMPLE);
      for (int i = 0; i < pages.size(); i += step) {
        sample.add(pages.get(i).id());
      }
      storedAt =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return store.watch(sample, Duration.ofSeconds(30));
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return Map.of();
                }
              });
      Thread.sleep(100); // its first query out
      answerCpu0 = PartCpu.snapshot();
    } finally {
      signal("CONT", worker);
    }
    long resumed = System.nanoTime();
    CompletableFuture.allOf(streams.toArray(CompletableFuture[]::new))
        .handle((v, e) -> null)
        .get(60, TimeUnit.SECONDS);
    double answerSeconds = (System.nanoTime() - resumed) / 1e9;
    Map<String, Long> answerCpu = PartCpu.snapshot();
    Map<String, StoredAnswers.Stored> inStore = storedAt.get(60, TimeUnit.SECONDS);
    store.close();

    List<Double> pushMs = new ArrayList<>();
    int answered = 0;
    for (Page p : pages) {
      if (p.data().size() < 2) {
        continue;
      }
      List<JsonObject> rides = p.rides();
      JsonObject last = rides.get(rides.size() - 1);
      JsonObject timings = last.getJsonObject("timings");
      if (timings == null || !timings.containsKey("dispatchedAt")) {
        continue;
      }
      answered++;
      Instant stored = Instant.parse(timings.getString("dispatchedAt"));
      pushMs.add(
          (double) Duration.between(stored, p.eventsAt().get(p.eventsAt().size() - 1)).toMillis());
    }
    Percentiles push = Percentiles.of(pushMs);
    List<Double> afterStoredMs = new ArrayList<>();
    List<Double> afterSeenMs = new ArrayList<>();
    for (Page p : pages) {
      StoredAnswers.Stored at = inStore.get(p.id());
      if (at != null && p.data().size() >= 2) {
        Instant heard = p.eventsAt().get(p.eventsAt().size() - 1);
        afterStoredMs.add((double) Duration.between(at.notBefore(), heard).toMillis());
        afterSeenMs.add((double) Duration.between(at.by(), heard).toMillis());
      }
    }
    Percentiles afterStored = Percentiles.of(afterStoredMs);
    Percentiles afterSeen = Percentiles.of(afterSeenMs);
    System.out.printf(
        Locale.ROOT,
        "%d pages waited 10 s: portal %.3f cores, %.1f store queries/s (result poll)%n",
        pages.size(),
        waitingCores,
        queriesPerSecond);
    // On one machine every part competes for its two cores while a thousand answers go out.
    System.out.printf(
        Locale.ROOT,
        "from the worker's resumption to the last page's answer: %.2f s; %s%n",
        answerSeconds,
        PartCpu.perRide(answerCpu0, answerCpu, pages.size()));
    System.out.println(Percentiles.header());
    System.out.println(push.row("worker's dispatchedAt → page"));
    System.out.println(afterStored.row("stored, at the earliest → page"));
    System.out.println(afterSeen.row("stored, at the latest → page"));
    System.out.printf("answered %d of %d pages%n", answered, pages.size());
    System.out.printf(
        Locale.ROOT,
        "{\"browsers\":%d,\"waitingCores\":%.3f,\"storeQueriesPerSecond\":%.1f,\"answered\":%d,"
            + "\"pushMs\":%s,\"afterStoredMs\":%s,\"afterSeenMs\":%s}%n",
        pages.size(),
        waitingCores,
        queriesPerSecond,
        answered,
        push.json(),
        afterStored.json(),
        afterSeen.json());
  }

  /**
   * Opens a page's event stream; its events are recorded as they arrive. Lines are pushed to a
   * subscriber by the client's own threads, not read by a blocked thread per stream: a thousand
   * blocked readers woken at once timed this machine's scheduler more than the portal.
   */
  private static Page follow(
      HttpClient http, String base, String id, List<CompletableFuture<?>> streams) {
    List<Instant> at = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<String> data = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/rides/" + id + "/events"))
            .header("Accept", "text/event-stream")
            .build();
    Flow.Subscriber<String> lines =
        new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(String line) {
            if (line.startsWith("data:")) {
              at.add(Instant.now());
              data.add(line.substring(5).strip());
            }
          }

          @Override
          public void onError(Throwable failure) {}

          @Override
          public void onComplete() {}
        };
    streams.add(http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(lines)));
    return new Page(id, at, data);
  }

  private static double queries(HttpClient http, String base) throws Exception {
    String metrics =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/metrics?scope=application")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = QUERIES.matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static void signal(String signal, long pid) throws Exception {
    new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
  }
}
