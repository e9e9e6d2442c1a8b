package nyc.cabportal.infrastructure.kafka;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.ride.RideRequest;

/**
 * The JSON value of a {@code ride-requests} record, schema version {@value #SCHEMA_VERSION}; see
 * {@code contract/README.md}. The worker reads it with its own schema: the two sides share this
 * format, not this class.
 */
public final class RideRequestMessage {

  public static final int SCHEMA_VERSION = 1;

  private RideRequestMessage() {}

  public static String toJson(RideRequest r) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("schemaVersion", SCHEMA_VERSION)
            .add("id", r.id())
            .add("pickup", point(r.pickup()))
            .add("dropoff", point(r.dropoff()))
            .add("passengers", r.passengers());
    if (r.pickupAt() != null) {
      b.add("pickupAt", r.pickupAtText());
    }
    return b.add("acceptedAt", r.acceptedAt().toString()).build().toString();
  }

  /** Reads a message this portal wrote; used by tests and tools, not on the request path. */
  public static RideRequest fromJson(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      if (o.getInt("schemaVersion") != SCHEMA_VERSION) {
        throw new IllegalArgumentException(
            "schemaVersion " + o.getInt("schemaVersion") + " is not supported");
      }
      return new RideRequest(
          o.getString("id"),
          point(o.getJsonObject("pickup")),
          point(o.getJsonObject("dropoff")),
          o.getInt("passengers"),
          o.containsKey("pickupAt") ? LocalDateTime.parse(o.getString("pickupAt")) : null,
          Instant.parse(o.getString("acceptedAt")));
    }
  }

  private static JsonObjectBuilder point(GeoPoint p) {
    return Json.createObjectBuilder().add("lat", p.lat()).add("lon", p.lon());
  }

  private static GeoPoint point(JsonObject o) {
    return new GeoPoint(o.getJsonNumber("lat").doubleValue(), o.getJsonNumber("lon").doubleValue());
  }
}
