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

  /**
   * @param acceptedIds the rides accepted (202)
   * @param refusedIds the rides refused with 503, by the id the answer gives as a reference
   * @param servedBy accepted requests by the server that took them ({@code X-Upstream}; "direct"
   *     without a balancer)
   * @param submit how long the accepted requests (202) took, from when each was due
   * @param refused how long the refused ones (503) took
   * @param refusals the refused ones by the kind of refusal their answer names
   * @param probes how long the probes took ({@link Phase}): all answered as invalid
   * @param probesNearRefusals those of them due within 50 ms of a refused ride
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
      Percentiles refused,
      Map<String, Integer> refusals,
      Percentiles probes,
      Percentiles probesNearRefusals,
      Percentiles endToEnd,
      int answered,
      Map<String, Integer> outcomes,
      double seconds,
      String cpuPerRide) {

    Result withCpu(String cpu) {
      return new Result(
          sent,
          accepted,
          acceptedIds,
          refusedIds,
          servedBy,
          statusCounts,
          transportErrors,
          submit,
          refused,
          refusals,
          probes,
          probesNearRefusals,
          endToEnd,
          answered,
          outcomes,
          seconds,
          cpu);
    }

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
  private final RideRequests requests;

  public RideLoad(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.requests = new RideRequests(this.baseUrl);
  }

  /**
   * A stretch of the load at one rate, with {@code probesPerSecond} more requests beside the rides
   * that the portal refuses as invalid (a passenger count of 0): the same path as a ride up to the
   * admission decision — filters, rate limit, parsing, validation — answered without the store or
   * Kafka. Their latency is the floor of an overload refusal in the same moment, on the same client
   * and cores.
   */
  public record Phase(int rate, int seconds, int probesPerSecond) {

    public Phase(int rate, int seconds) {
      this(rate, seconds, 0);
    }
  }

  public Result run(int rate, int seconds) throws Exception {
    LoadRun run = run(List.of(new Phase(rate, seconds)));
    return run.window(0, seconds).withCpu(run.cpuPerRide());
  }

  /**
   * Sends the phases back to back (each request due on its phase's schedule), waits for every
   * answer, then reads every accepted ride back.
   */
  public LoadRun run(List<Phase> phases) throws Exception {
    ConcurrentLinkedQueue<LoadRun.Sent> sent = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    Random random = new Random(42);
    var cpuBefore = PartCpu.snapshot();
    long start = System.nanoTime();
    long phaseStart = start;
    int i = 0;
    int probes = 0;
    for (Phase phase : phases) {
      long periodNanos = 1_000_000_000L / phase.rate();
      int total = phase.rate() * phase.seconds();
      long phaseEnd = phaseStart + phase.seconds() * 1_000_000_000L;
      long probePeriodNanos =
          phase.probesPerSecond() > 0 ? 1_000_000_000L / phase.probesPerSecond() : 0;
      // Probes start half a ride's period after the first ride, between two rides' due times.
      long nextProbe = probePeriodNanos > 0 ? phaseStart + periodNanos / 2 : phaseEnd;
      for (int k = 0; k < total; ) {
        long rideDue = phaseStart + k * periodNanos;
        boolean probe = nextProbe < rideDue && nextProbe < phaseEnd;
        long due = probe ? nextProbe : rideDue;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        double dueSeconds = (due - start) / 1e9;
        HttpRequest request;
        if (probe) {
          request = requests.invalid(probes++);
          nextProbe += probePeriodNanos;
        } else {
          request = requests.ride(random, i++);
          k++;
        }
        inFlight.add(
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .whenComplete(
                    (response, error) ->
                        sent.add(
                            answered(
                                probe,
                                dueSeconds,
                                (System.nanoTime() - due) / 1e6,
                                response,
                                error))));
      }
      phaseStart = phaseEnd;
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
        .handle((v, e) -> null)
        .get(60, TimeUnit.SECONDS);
    Thread.sleep(2000); // the worker answers the last rides: their cost counts too
    String cpu = PartCpu.perRide(cpuBefore, PartCpu.snapshot(), inFlight.size() - probes);
    List<String> accepted = new ArrayList<>();
    sent.forEach(
        s -> {
          if (s.status() == 202) {
            accepted.add(s.id());
          }
        });
    Map<String, Double> e2e = new ConcurrentHashMap<>();
    Map<String, String> outcome = new ConcurrentHashMap<>();
    endToEnd(accepted, e2e, outcome);
    return new LoadRun(List.copyOf(sent), e2e, outcome, cpu);
  }

  private static LoadRun.Sent answered(
      boolean probe,
      double dueSeconds,
      double millis,
      HttpResponse<String> response,
      Throwable error) {
    if (error != null) {
      Throwable cause = error.getCause() != null ? error.getCause() : error;
      return new LoadRun.Sent(
          probe,
          dueSeconds,
          0,
          millis,
          null,
          null,
          null,
          cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
    int status = response.statusCode();
    String id = !probe && (status == 202 || status == 503) ? idOf(response.body()) : null;
    return new LoadRun.Sent(
        probe,
        dueSeconds,
        status,
        millis,
        id,
        status == 503 ? errorOf(response.body()) : null,
        response.headers().firstValue("X-Upstream").orElse("direct"),
        null);
  }

  /**
   * The {@code error} of a refusal, up to its first clause: what kind of refusal it was, without
   * the figures a message may carry.
   */
  static String errorOf(String body) {
    String error = textField(body, "error");
    if (error == null) {
      return "(no error named)";
    }
    int clause = error.indexOf(';');
    return clause < 0 ? error : error.substring(0, clause);
  }

  /**
   * Reads every ride back (waiting up to a minute for stragglers) and takes its recorded e2e into
   * {@code e2e} and its status into {@code outcome}, by ride id.
   */
  private void endToEnd(List<String> ids, Map<String, Double> e2e, Map<String, String> outcome)
      throws Exception {
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
          outcome.put(entry.getKey(), ride.getString("status"));
          e2e.put(
              entry.getKey(),
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
  }

  /** The ride id of an answer. */
  static String idOf(String body) {
    return textField(body, "id");
  }

  /**
   * The first text field {@code name} of a JSON answer, without parsing the whole body: the load
   * generator's CPU counts on the machine it measures (a full JSON parse per answer was a third of
   * it). Null if there is none.
   */
  private static String textField(String body, String name) {
    String key = "\"" + name + "\":\"";
    int at = body.indexOf(key);
    if (at < 0) {
      return null;
    }
    int from = at + key.length();
    int to = body.indexOf('"', from);
    return to < 0 ? null : body.substring(from, to);
  }

  private static JsonObject read(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
