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
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives {@code POST /api/rides} at a fixed rate for a fixed time against a running portal, open
 * loop: request i is due at start + i/rate whether or not earlier ones have been answered, and its
 * submit latency counts from when it was due, so a stalled server cannot hide its stall (no
 * coordinated omission). Afterwards it reads every accepted ride back and reports the end-to-end
 * latency the system recorded: portal received it ({@code acceptedAt}) → worker stored the answer
 * ({@code dispatchedAt}). Behind a load balancer, the server that took each request is counted from
 * the balancer's {@code X-Upstream} header.
 */
public final class RideLoad {

  /** Real pickup/dropoff pairs across the city, so requests are not all identical. */
  private static final double[][] PLACES = {
    {40.7580, -73.9855}, {40.6441, -73.7822}, {40.7741, -73.8720}, {40.7527, -73.9772},
    {40.7506, -73.9935}, {40.7069, -74.0113}, {40.8296, -73.9262}, {40.6826, -73.9754},
    {40.7571, -73.8458}, {40.6437, -74.0736}, {40.7794, -73.9632}, {40.7171, -73.9566}
  };

  /**
   * @param acceptedIds the rides accepted (202)
   * @param refusedIds the rides refused with 503, by the id the answer gives as a reference
   * @param servedBy accepted requests by the server that took them ({@code X-Upstream}; "direct"
   *     without a balancer)
   */
  public record Result(
      int sent,
      int accepted,
      List<String> acceptedIds,
      List<String> refusedIds,
      Map<String, Integer> servedBy,
      Map<Integer, Integer> statusCounts,
      Map<String, Integer> transportErrors,
      Percentiles submit,
      Percentiles endToEnd,
      int answered,
      Map<String, Integer> outcomes,
      double seconds) {

    /** What happened to the requests, as one line of a report. */
    public String counts() {
      return String.format(
          Locale.ROOT,
          "sent %d, accepted %d (%.1f/s), answered %d, HTTP statuses %s, transport errors %s",
          sent,
          accepted,
          accepted / seconds,
          answered,
          statusCounts,
          transportErrors);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final String baseUrl;

  public RideLoad(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * The address of simulated rider {@code n}, from the range set aside for benchmarks (RFC 2544,
   * 198.18.0.0/15). The load is many riders, not one client: each request names its rider in {@code
   * X-Forwarded-For}, which the portal believes from a trusted proxy (the embedded stack trusts
   * this machine), so the per-client rate limit sees 65,024 riders.
   */
  public static String riderAddress(int n) {
    return "198.18." + (n / 254 % 256) + "." + (n % 254 + 1);
  }

  public Result run(int rate, int seconds) throws Exception {
    int total = rate * seconds;
    long periodNanos = 1_000_000_000L / rate;
    ConcurrentLinkedQueue<Double> submitMs = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    Map<String, Integer> transportErrors = new ConcurrentHashMap<>();
    Map<String, Integer> servedBy = new ConcurrentHashMap<>();
    List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
    Random random = new Random(42);
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      double[] from = PLACES[random.nextInt(PLACES.length)];
      double[] to = PLACES[random.nextInt(PLACES.length)];
      while (to == from) {
        to = PLACES[random.nextInt(PLACES.length)];
      }
      String body =
          String.format(
              Locale.ROOT,
              "{\"pickup\":{\"lat\":%.4f,\"lon\":%.4f},\"dropoff\":{\"lat\":%.4f,\"lon\":%.4f},\"passengers\":%d}",
              from[0],
              from[1],
              to[0],
              to[1],
              1 + random.nextInt(4));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + "/api/rides"))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("X-Forwarded-For", riderAddress(i))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      inFlight.add(
          http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (response, error) -> {
                    submitMs.add((System.nanoTime() - due) / 1e6);
                    if (error != null) {
                      Throwable cause = error.getCause() != null ? error.getCause() : error;
                      transportErrors.merge(
                          cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                          1,
                          Integer::sum);
                      return;
                    }
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() == 202) {
                      ids.add(read(response.body()).getString("id"));
                      servedBy.merge(
                          response.headers().firstValue("X-Upstream").orElse("direct"),
                          1,
                          Integer::sum);
                    } else if (response.statusCode() == 503 && response.body().startsWith("{")) {
                      JsonObject answer = read(response.body());
                      if (answer.containsKey("id")) {
                        refused.add(answer.getString("id"));
                      }
                    }
                  }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
        .handle((v, e) -> null)
        .get(60, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    Map<String, Integer> outcomes = new TreeMap<>();
    List<Double> e2e = endToEnd(new ArrayList<>(ids), outcomes);
    return new Result(
        total,
        ids.size(),
        List.copyOf(ids),
        List.copyOf(refused),
        new TreeMap<>(servedBy),
        new TreeMap<>(statuses),
        new TreeMap<>(transportErrors),
        Percentiles.of(new ArrayList<>(submitMs)),
        Percentiles.of(e2e),
        e2e.size(),
        outcomes,
        elapsed);
  }

  /**
   * Reads every ride back (waiting up to a minute for stragglers) and takes its recorded e2e;
   * counts the answers by status into {@code outcomes}.
   */
  private List<Double> endToEnd(List<String> ids, Map<String, Integer> outcomes) throws Exception {
    List<Double> e2e = new ArrayList<>();
    List<String> pending = new ArrayList<>(ids);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Semaphore concurrency = new Semaphore(16);
    while (!pending.isEmpty() && System.nanoTime() < deadline) {
      Map<String, CompletableFuture<JsonObject>> reads = new TreeMap<>();
      for (String id : pending) {
        concurrency.acquire();
        reads.put(
            id,
            http.sendAsync(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/rides/" + id))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> read(r.body()))
                .whenComplete((r, e) -> concurrency.release()));
      }
      List<String> still = new ArrayList<>();
      for (var entry : reads.entrySet()) {
        JsonObject ride;
        try {
          ride = entry.getValue().get();
        } catch (Exception e) {
          still.add(entry.getKey());
          continue;
        }
        JsonObject timings = ride.getJsonObject("timings");
        if (timings != null && timings.containsKey("dispatchedAt")) {
          outcomes.merge(ride.getString("status"), 1, Integer::sum);
          e2e.add(
              (double)
                  Duration.between(
                          Instant.parse(timings.getString("acceptedAt")),
                          Instant.parse(timings.getString("dispatchedAt")))
                      .toMillis());
        } else {
          still.add(entry.getKey());
        }
      }
      pending = still;
      if (!pending.isEmpty()) {
        Thread.sleep(500); // waiting for the worker to catch up, between rounds of reads
      }
    }
    return e2e;
  }

  private static JsonObject read(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
