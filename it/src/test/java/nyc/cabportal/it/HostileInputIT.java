package nyc.cabportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and broken requests against the real portal: each gets a clear error naming the problem
 * (never a stack trace, never a hang), nothing of it is stored or queued, and the portal stays
 * ready throughout.
 */
@ExtendWith(RunningStack.class)
class HostileInputIT {

  private static final String PICKUP = "\"pickup\":{\"lat\":40.758,\"lon\":-73.9855}";
  private static final String DROPOFF = "\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781}";
  private static final AtomicInteger RIDER = new AtomicInteger(50_000);

  record Case(String what, String body, String field, String message) {}

  private static final List<Case> BAD_BODIES =
      List.of(
          new Case("malformed JSON", "{\"pickup\":", "body", "the body is not valid JSON"),
          new Case("empty body", "", "body", "the body is empty"),
          new Case("an array", "[1,2]", "body", "the body must be a JSON object"),
          new Case(
              "two objects",
              "{" + PICKUP + "}{}",
              "body",
              "the body must be one JSON object, with nothing after it"),
          new Case(
              "NaN", "{\"pickup\":{\"lat\":NaN,\"lon\":1}}", "body", "the body is not valid JSON"),
          new Case(
              "nesting 5,000 deep",
              "[".repeat(5000) + "]".repeat(5000),
              "body",
              "the body is not valid JSON"),
          new Case(
              "a string for a number",
              "{\"pickup\":{\"lat\":\"40.7\",\"lon\":-73.98}," + DROPOFF + ",\"passengers\":1}",
              "pickup",
              "pickup.lat must be a number, not \"40.7\""),
          new Case(
              "a fraction of a passenger",
              "{" + PICKUP + "," + DROPOFF + ",\"passengers\":1.5}",
              "passengers",
              "passengers must be a whole number, not 1.5"),
          new Case(
              "a huge passenger count",
              "{" + PICKUP + "," + DROPOFF + ",\"passengers\":1e400}",
              "passengers",
              "passengers must be between 1 and 6"),
          new Case(
              "a huge latitude",
              "{\"pickup\":{\"lat\":1e400,\"lon\":-73.98}," + DROPOFF + ",\"passengers\":1}",
              "pickup",
              "is not a latitude,longitude pair"),
          new Case(
              "a latitude out of range",
              "{\"pickup\":{\"lat\":91,\"lon\":-73.98}," + DROPOFF + ",\"passengers\":1}",
              "pickup",
              "is not a latitude,longitude pair"),
          new Case(
              "a point outside NYC",
              "{\"pickup\":{\"lat\":48.85,\"lon\":2.35}," + DROPOFF + ",\"passengers\":1}",
              "pickup",
              "is outside the NYC service area"),
          new Case(
              "an unknown field",
              "{" + PICKUP + "," + DROPOFF + ",\"passengers\":1,\"tip\":100}",
              "tip",
              "unknown field tip"),
          new Case(
              "a missing field",
              "{" + PICKUP + ",\"passengers\":1}",
              "dropoff",
              "dropoff is missing"),
          new Case(
              "another schema version",
              "{" + PICKUP + "," + DROPOFF + ",\"passengers\":1,\"schemaVersion\":2}",
              "schemaVersion",
              "schemaVersion 2 is not supported"),
          new Case(
              "script in a free-text field",
              "{"
                  + PICKUP
                  + ","
                  + DROPOFF
                  + ",\"passengers\":1,\"pickupAt\":\"<script>alert(1)</script>\"}",
              "pickupAt",
              "<script>alert(1)</script>"));

  @Test
  void everyBrokenBodyGets400NamingTheProblemAndNothingIsStored() {
    long before = storedRides();
    for (Case c : BAD_BODIES) {
      RidesApi.Answer a = post("application/json", c.body());
      assertEquals(400, a.status(), c.what() + ": " + a.response().body());
      assertEquals(
          "application/json",
          a.response().headers().firstValue("Content-Type").orElse("").split(";")[0],
          c.what());
      var errors = a.body().getJsonArray("errors");
      assertTrue(
          errors.stream()
              .map(v -> v.asJsonObject())
              .anyMatch(
                  e ->
                      e.getString("field").equals(c.field())
                          && e.getString("message").contains(c.message())),
          c.what() + ": " + a.response().body());
    }
    assertEquals(before, storedRides(), "a refused request stored a ride");
    assertEquals(200, RidesApi.getPath("/health/ready").status());
  }

  @Test
  void oversizedBodiesGet413BeforeAnythingReadsThem() {
    String big = "{\"pad\":\"" + "x".repeat(40_000) + "\"}";
    RidesApi.Answer announced = post("application/json", big);
    assertEquals(413, announced.status());
    assertEquals(
        "request body too large: 40010 bytes, at most 16384 bytes are accepted",
        announced.body().getString("error"));

    // Chunked: no length announced, so the portal counts as it reads.
    RidesApi.Answer chunked =
        RidesApi.send(
            HttpRequest.newBuilder(URI.create(RunningStack.baseUrl() + "/api/rides"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", rider())
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
    assertEquals(413, chunked.status());
    assertTrue(chunked.body().getString("error").startsWith("request body too large"));

    RidesApi.Answer form =
        RidesApi.send(
            HttpRequest.newBuilder(URI.create(RunningStack.baseUrl() + "/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=" + "x".repeat(40_000))));
    assertEquals(413, form.status());
  }

  @Test
  void wrongContentTypesMethodsAndPathsAreNamed() {
    RidesApi.Answer text = post("text/plain", "{}");
    assertEquals(415, text.status());
    assertEquals(
        "the body must be sent as Content-Type application/json, not text/plain",
        text.body().getString("error"));
    assertEquals(415, post("application/xml", "<ride/>").status());

    RidesApi.Answer put =
        RidesApi.send(
            HttpRequest.newBuilder(URI.create(RunningStack.baseUrl() + "/api/rides"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(405, put.status());
    assertTrue(
        put.body().getString("error").startsWith("PUT is not allowed"), put.body().toString());

    RidesApi.Answer unknown = RidesApi.getPath("/api/no-such-thing");
    assertEquals(404, unknown.status());
    assertEquals("no such resource: /api/no-such-thing", unknown.body().getString("error"));

    RidesApi.Answer script = RidesApi.getPath("/api/rides/%3Cscript%3Ealert(1)%3C/script%3E");
    assertEquals(404, script.status());
    assertEquals(
        "application/json",
        script.response().headers().firstValue("Content-Type").orElse("").split(";")[0]);

    // An encoded "/" is refused by the web container itself: with the portal's page, which names
    // no class, stack or server.
    RidesApi.Answer slash = RidesApi.getPath("/api/rides/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertEquals(400, slash.status());
    String page = slash.response().body().toLowerCase();
    for (String leak : List.of("ibm", "exception", "liberty", "<script>", "stack")) {
      assertTrue(!page.contains(leak), "the 400 page says " + leak + ": " + page);
    }
  }

  private static RidesApi.Answer post(String contentType, String body) {
    return RidesApi.send(
        HttpRequest.newBuilder(URI.create(RunningStack.baseUrl() + "/api/rides"))
            .header("Content-Type", contentType)
            .header("X-Forwarded-For", rider())
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String rider() {
    return nyc.cabportal.bench.RideRequests.riderAddress(RIDER.incrementAndGet());
  }

  private static long storedRides() {
    try (MongoClient mongo = MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      return mongo.getDatabase(Contract.DATABASE).getCollection(Contract.RIDES).countDocuments();
    }
  }
}
