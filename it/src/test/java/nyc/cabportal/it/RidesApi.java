package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import nyc.cabportal.bench.RideRequests;

/** The rides REST API as a client sees it. */
final class RidesApi {

  static final Set<String> FINAL =
      Set.of("DISPATCHED", "NO_CAB", "REJECTED", "FAILED", "CANCELLED");
  static final String TIMES_SQUARE_TO_JFK =
      "{\"pickup\":{\"lat\":40.7580,\"lon\":-73.9855},\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781},"
          + "\"passengers\":2,\"pickupAt\":\"2014-10-14T18:30:00\"}";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          // The JDK client's default h2c upgrade can hang against Liberty; browsers never use
          // h2c (plain-text HTTP/2) either.
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  record Answer(int status, JsonObject body, HttpResponse<String> response) {}

  private static final AtomicInteger RIDERS = new AtomicInteger(30_000);

  private RidesApi() {}

  /**
   * A ride request from a rider of its own (the rate limit is per rider: see RideRequests), asked
   * again after {@code Retry-After} while the portal refuses it as overload — as a well-behaved
   * client does, and as a test must right after the stack starts, when data prep's first load slows
   * the worker and rides wait past the admission limit (RideAdmission). Nothing is stored for such
   * a refusal. Any other answer is returned as it is.
   */
  static Answer post(String json) {
    String rider = RideRequests.riderAddress(RIDERS.incrementAndGet());
    long deadline = System.nanoTime() + 60_000_000_000L;
    Answer a = postAs(rider, json);
    while (a.status() == 503
        && a.body().getString("error", "").startsWith("the portal is busy")
        && System.nanoTime() < deadline) {
      LockSupport.parkNanos(1_000_000_000L);
      a = postAs(rider, json);
    }
    return a;
  }

  /** A ride request from the rider at {@code address}. */
  static Answer postAs(String address, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(RunningStack.baseUrl() + "/api/rides"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", address)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static Answer get(String id) {
    return send(
        HttpRequest.newBuilder(URI.create(RunningStack.baseUrl() + "/api/rides/" + id)).GET());
  }

  static Answer delete(String id) {
    return send(
        HttpRequest.newBuilder(URI.create(RunningStack.baseUrl() + "/api/rides/" + id)).DELETE());
  }

  static Answer getPath(String path) {
    return getFrom(RunningStack.baseUrl(), path);
  }

  /** A GET from the portal server at {@code baseUrl} (one of several, when scaled out). */
  static Answer getFrom(String baseUrl, String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  /** Waits until the ride has its final status, and returns it. */
  static JsonObject awaitFinal(String id, Duration atMost) {
    JsonObject[] last = new JsonObject[1];
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              Answer a = get(id);
              last[0] = a.body();
              return a.status() == 200 && FINAL.contains(a.body().getString("status"));
            });
    return last[0];
  }

  /** Sends any request to the portal (30 s time-out) and reads a JSON body if there is one. */
  static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonObject body =
          r.body().isBlank() || !r.body().startsWith("{")
              ? Json.createObjectBuilder().build()
              : Json.createReader(new StringReader(r.body())).readObject();
      return new Answer(r.statusCode(), body, r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
