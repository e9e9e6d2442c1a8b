package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A ride requested over REST travels portal → Kafka → Spark worker → MongoDB → portal. */
@ExtendWith(RunningStack.class)
class RideRequestIT {

  @Test
  void aRideRequestedOverRestComesBackDispatchedWithItsEstimate() {
    RidesApi.Answer posted = RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK);
    assertEquals(202, posted.status(), posted.body().toString());
    String id = posted.body().getString("id");
    assertEquals("QUEUED", posted.body().getString("status"));
    assertEquals(
        "/api/rides/" + id,
        URIPath.of(posted.response().headers().firstValue("Location").orElseThrow()));

    JsonObject ride = RidesApi.awaitFinal(id, Duration.ofSeconds(60));

    assertEquals("DISPATCHED", ride.getString("status"));
    JsonObject result = ride.getJsonObject("result");
    JsonObject fare = result.getJsonObject("fare");
    // Times Square to JFK: the 2014 tariff's flat fare, whatever the meter would say.
    assertEquals(52.00, fare.getJsonNumber("p10").doubleValue());
    assertEquals(52.00, fare.getJsonNumber("p50").doubleValue());
    assertEquals(52.00, fare.getJsonNumber("p90").doubleValue());
    assertEquals("USD", fare.getString("currency"));
    assertTrue(result.getInt("durationSeconds") > 0);
    // The trip time's range: the meter estimate's, whatever the fare's rule.
    JsonObject time = result.getJsonObject("duration");
    assertEquals(result.getInt("durationSeconds"), time.getInt("p50"));
    assertTrue(time.getInt("p10") < time.getInt("p50") && time.getInt("p50") < time.getInt("p90"));
    assertTrue(result.getJsonNumber("distanceKm").doubleValue() > 20);
    JsonObject basis = result.getJsonObject("basis");
    assertEquals("flat-fare", basis.getString("method"), basis.toString());
    assertTrue(
        basis.getString("detail").startsWith("JFK flat fare between Manhattan and the airport"),
        basis.toString());
    assertTrue(basis.getJsonNumber("trips").longValue() >= 3, basis.toString());
    assertFalse(basis.getString("level").isEmpty(), basis.toString());
    JsonObject cab = result.getJsonObject("cab");
    assertTrue(result.getInt("pickupEtaSeconds") > 0);
    Document stored = Fleet.cabOf(id);
    assertEquals(cab.getString("id"), stored.getString("_id"));
    assertTrue(stored.getInteger("seats") >= 2);
    assertTrue(stored.getDate("freeAt").toInstant().isAfter(Instant.now()), "busy for the trip");
    // The status page shows the pickup time the estimate is for.
    String page = RidesApi.getPath("/ride-status.xhtml?id=" + id).response().body();
    assertTrue(page.contains("Tue, Oct 14 2014, 18:30"), "the pickup time on the status page");
    Instant accepted = Instant.parse(ride.getJsonObject("timings").getString("acceptedAt"));
    Instant dispatched = Instant.parse(ride.getJsonObject("timings").getString("dispatchedAt"));
    assertTrue(dispatched.isAfter(accepted));
  }

  /**
   * The status page's stream: the ride as it is, then its answer, then the end of the stream — no
   * polling. Read whole here (it ends by itself once the ride is answered).
   */
  @Test
  void aPointIsNamedByItsPlaceOrItsTaxiZone() {
    assertEquals(
        "Times Square",
        RidesApi.getPath("/api/map/places/at?lat=40.7580&lon=-73.9855").body().getString("name"));
    assertEquals(
        "Midtown Center, Manhattan",
        RidesApi.getPath("/api/map/places/at?lat=40.7549&lon=-73.9840").body().getString("name"));
    // The Upper Bay, between Brooklyn and Staten Island: no zone.
    assertTrue(RidesApi.getPath("/api/map/places/at?lat=40.64&lon=-74.05").body().isNull("name"));
    RidesApi.Answer bad = RidesApi.getPath("/api/map/places/at?lat=north&lon=-73.98");
    assertEquals(400, bad.status());
    assertTrue(
        bad.body().getString("error").startsWith("lat and lon must be degrees"),
        bad.body().toString());
  }

  @Test
  void aWaitingPageIsSentTheRideThenItsAnswerAndTheStreamEnds() throws Exception {
    String id = RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK).body().getString("id");
    HttpResponse<String> stream =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(
                        URI.create(RunningStack.baseUrl() + "/api/rides/" + id + "/events"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/event-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, stream.statusCode());
    assertTrue(
        stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
    List<JsonObject> rides =
        stream
            .body()
            .lines()
            .filter(l -> l.startsWith("data:"))
            .map(l -> Json.createReader(new StringReader(l.substring(5).strip())).readObject())
            .toList();
    assertTrue(stream.body().contains("event: ride"), stream.body());
    JsonObject last = rides.get(rides.size() - 1);
    assertEquals(id, last.getString("id"));
    assertTrue(RidesApi.FINAL.contains(last.getString("status")), last.toString());
    assertTrue(last.getJsonObject("timings").containsKey("dispatchedAt"));

    RidesApi.Answer unknown = RidesApi.getPath("/api/rides/no-such-ride/events");
    assertEquals(404, unknown.status());
    assertEquals("no ride with id no-such-ride", unknown.body().getString("error"));
  }

  @Test
  void badInputGetsFieldByFieldErrorsAndNothingIsQueued() {
    RidesApi.Answer a =
        RidesApi.post(
            "{\"pickup\":{\"lat\":40.1,\"lon\":-75.2},\"dropoff\":{\"lat\":40.6413,\"lon\":\"east\"},\"passengers\":9}");
    assertEquals(400, a.status());
    List<String> fields =
        a.body().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertEquals(List.of("dropoff", "pickup", "passengers"), fields);
    assertTrue(a.body().toString().contains("pickup 40.1,-75.2 is outside the NYC service area"));

    RidesApi.Answer longAgo =
        RidesApi.post(
            "{\"pickup\":{\"lat\":40.758,\"lon\":-73.9855},\"dropoff\":{\"lat\":40.6413,"
                + "\"lon\":-73.7781},\"passengers\":1,\"pickupAt\":\"1900-01-01T00:00\"}");
    assertEquals(400, longAgo.status());
    assertTrue(
        longAgo
            .body()
            .toString()
            .contains(
                "pickupAt \\\"1900-01-01T00:00\\\" is outside the times estimates are made for"),
        longAgo.body().toString());

    RidesApi.Answer notJson = RidesApi.post("pickup=times square");
    assertEquals(400, notJson.status());
    assertEquals("body", notJson.body().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void anUnknownRideIsNotFound() {
    RidesApi.Answer a = RidesApi.get("no-such-ride");
    assertEquals(404, a.status());
    assertEquals("no ride with id no-such-ride", a.body().getString("error"));
  }

  @Test
  void aDispatchedRideIsCancelledUntilItsCabArrivesAndTheCabIsFreed() {
    String id = RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK).body().getString("id");
    JsonObject ride = RidesApi.awaitFinal(id, Duration.ofSeconds(60));
    assertEquals("DISPATCHED", ride.getString("status"));
    String cab = ride.getJsonObject("result").getJsonObject("cab").getString("id");
    // Its ETA is at least a minute (Dispatcher.MIN_PICKUP_SECONDS): the cab is still on its way.
    RidesApi.Answer a = RidesApi.delete(id);
    assertEquals(200, a.status(), a.body().toString());
    assertEquals("CANCELLED", a.body().getString("status"));
    assertEquals(
        "cancelled by the rider before the cab arrived", a.body().getString("statusReason"));
    assertEquals("CANCELLED", RidesApi.get(id).body().getString("status"));
    // The worker frees the cab within about a second, where it had got to.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !Fleet.cabOf(id).getDate("freeAt").toInstant().isAfter(Instant.now()));
    assertEquals(cab, Fleet.cabOf(id).getString("_id"));

    RidesApi.Answer again = RidesApi.delete(id);
    assertEquals(409, again.status());
    assertEquals(
        "ride " + id + " can no longer be cancelled: it is cancelled already",
        again.body().getString("error"));
  }

  @Test
  void healthAndMetricsReportThePipeline() {
    assertEquals(200, RidesApi.getPath("/health/started").status());
    assertEquals(200, RidesApi.getPath("/health/live").status());
    RidesApi.Answer ready = RidesApi.getPath("/health/ready");
    assertEquals(200, ready.status());
    assertEquals("UP", ready.body().getString("status"));
    String id = RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK).body().getString("id");
    RidesApi.awaitFinal(id, Duration.ofSeconds(60));
    String metrics = RidesApi.getPath("/metrics?scope=application").response().body();
    assertTrue(
        metrics
            .lines()
            .anyMatch(
                l -> l.matches("rides_submitted_total\\{.*outcome=\"accepted\".*\\} [0-9.]+")),
        metrics);
    assertTrue(metrics.contains("ride_end_to_end_seconds"), metrics);
  }

  /** The path of a Location header, absolute or not. */
  static final class URIPath {
    static String of(String location) {
      return java.net.URI.create(location).getPath();
    }
  }
}
