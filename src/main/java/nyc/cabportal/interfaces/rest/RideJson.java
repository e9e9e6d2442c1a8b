package nyc.cabportal.interfaces.rest;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nyc.cabportal.domain.Quoted;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.ride.FieldError;
import nyc.cabportal.domain.ride.InvalidRideRequest;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideDraft;
import nyc.cabportal.domain.ride.RideRequestValidator;
import nyc.cabportal.domain.ride.RideResult;

/**
 * The JSON of the rides API (schema version {@value #SCHEMA_VERSION}). Reading is by hand rather
 * than by JSON-B binding so that a wrongly typed field gets an error that names it ("passengers
 * must be a whole number") instead of a generic 400.
 */
public final class RideJson {

  static final int SCHEMA_VERSION = 1;
  private static final Set<String> REQUEST_FIELDS =
      new LinkedHashSet<>(List.of("pickup", "dropoff", "passengers", "pickupAt", "schemaVersion"));
  private static final Set<String> POINT_FIELDS = new LinkedHashSet<>(List.of("lat", "lon"));

  private RideJson() {}

  /** A body read as far as it goes: the draft, and the fields whose JSON type was wrong. */
  record DraftInput(RideDraft draft, List<FieldError> inputErrors) {}

  /**
   * Reads a request body. A body that is not a JSON object throws {@link InvalidRideRequest};
   * wrongly typed fields are returned as input errors, so that the rules can still be checked on
   * the other fields and every problem is reported at once.
   */
  static DraftInput readDraft(String body) {
    if (body == null || body.isBlank()) {
      throw invalid("body", "the body is empty: send a JSON object");
    }
    if (body.charAt(0) == '\uFEFF') {
      throw invalid(
          "body", "the body starts with a byte-order mark: send JSON in UTF-8 without one");
    }
    JsonValue v;
    try (JsonParser parser = Json.createParser(new StringReader(body))) {
      parser.next();
      v = parser.getValue();
      if (hasMore(parser)) {
        throw invalid("body", "the body must be one JSON object, with nothing after it");
      }
    } catch (JsonParsingException e) {
      throw invalid(
          "body",
          "the body is not valid JSON at line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber());
    } catch (InvalidRideRequest e) {
      throw e;
    } catch (RuntimeException e) {
      // The parser's own limits (nesting depth, a number's length) end here: say which, in words.
      throw invalid(
          "body",
          "the body is not valid JSON for this API: a number too long or objects nested too deep");
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid("body", "the body must be a JSON object");
    }
    JsonObject o = v.asJsonObject();
    List<FieldError> errors = new ArrayList<>();
    unknownFields(o, REQUEST_FIELDS, "", errors);
    JsonValue version = o.get("schemaVersion");
    if (version != null && !(version instanceof JsonNumber)) {
      errors.add(
          new FieldError(
              "schemaVersion",
              "schemaVersion must be the number "
                  + SCHEMA_VERSION
                  + ", not "
                  + Quoted.of(version)));
    } else if (version != null
        && !(version instanceof JsonNumber n && n.isIntegral() && n.intValue() == SCHEMA_VERSION)) {
      errors.add(
          new FieldError(
              "schemaVersion",
              "schemaVersion "
                  + Quoted.of(version)
                  + " is not supported: this API speaks version "
                  + SCHEMA_VERSION));
    }
    GeoPoint pickup = point(o, "pickup", errors);
    GeoPoint dropoff = point(o, "dropoff", errors);
    Integer passengers = wholeNumber(o, "passengers", errors);
    String pickupAt = text(o, "pickupAt", errors);
    return new DraftInput(new RideDraft(pickup, dropoff, passengers, pickupAt), errors);
  }

  static JsonObject ride(Ride ride) {
    var r = ride.request();
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("schemaVersion", SCHEMA_VERSION)
            .add("id", r.id())
            .add("status", ride.status().name())
            .add("pickup", point(r.pickup()))
            .add("dropoff", point(r.dropoff()))
            .add("passengers", r.passengers());
    if (r.pickupAt() != null) {
      b.add("pickupAt", r.pickupAtText());
    }
    if (ride.statusReason() != null) {
      b.add("statusReason", ride.statusReason());
    }
    if (ride.result() != null) {
      b.add("result", result(ride.result()));
    }
    JsonObjectBuilder t = JSON.createObjectBuilder();
    addInstant(t, "acceptedAt", ride.timings().acceptedAt());
    addInstant(t, "queuedAt", ride.timings().queuedAt());
    addInstant(t, "dispatchedAt", ride.timings().dispatchedAt());
    return b.add("timings", t).build();
  }

  static JsonObject errors(List<FieldError> errors) {
    var list = JSON.createArrayBuilder();
    errors.forEach(
        e ->
            list.add(
                JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
    return JSON.createObjectBuilder().add("errors", list).build();
  }

  public static JsonObject error(String message) {
    return JSON.createObjectBuilder().add("error", message).build();
  }

  private static JsonObject result(RideResult r) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    if (r.cab() == null) {
      b.addNull("cab");
    } else {
      b.add(
          "cab",
          JSON.createObjectBuilder()
              .add("id", r.cab().id())
              .add("lat", r.cab().lat())
              .add("lon", r.cab().lon()));
    }
    if (r.pickupEtaSeconds() == null) {
      b.addNull("pickupEtaSeconds");
    } else {
      b.add("pickupEtaSeconds", r.pickupEtaSeconds());
    }
    if (r.pickupDistanceKm() == null) {
      b.addNull("pickupDistanceKm");
    } else {
      b.add("pickupDistanceKm", r.pickupDistanceKm());
    }
    if (r.fare() != null) {
      b.add(
          "fare",
          JSON.createObjectBuilder()
              .add("p10", r.fare().p10())
              .add("p50", r.fare().p50())
              .add("p90", r.fare().p90())
              .add("mean", r.fare().mean())
              .add("currency", r.fare().currency()));
    }
    if (r.durationSeconds() != null) {
      b.add("durationSeconds", r.durationSeconds());
    }
    if (r.duration() != null) {
      b.add(
          "duration",
          JSON.createObjectBuilder()
              .add("p10", r.duration().p10())
              .add("p50", r.duration().p50())
              .add("p90", r.duration().p90()));
    }
    if (r.distanceKm() != null) {
      b.add("distanceKm", r.distanceKm());
    }
    if (r.basis() != null) {
      b.add(
          "basis",
          JSON.createObjectBuilder()
              .add("method", r.basis().method())
              .add("trips", r.basis().trips())
              .add("level", r.basis().level() == null ? "" : r.basis().level())
              .add("detail", r.basis().detail() == null ? "" : r.basis().detail()));
    }
    return b.build();
  }

  private static JsonObjectBuilder point(GeoPoint p) {
    return JSON.createObjectBuilder().add("lat", p.lat()).add("lon", p.lon());
  }

  private static void addInstant(JsonObjectBuilder b, String name, Instant t) {
    if (t != null) {
      b.add(name, t.toString());
    }
  }

  private static GeoPoint point(JsonObject o, String name, List<FieldError> errors) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null; // "missing" is the validator's to report
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.add(
          new FieldError(name, name + " must be an object like {\"lat\":40.75,\"lon\":-73.98}"));
      return null;
    }
    JsonObject p = v.asJsonObject();
    unknownFields(p, POINT_FIELDS, name + ".", errors);
    Double lat = number(p, name, "lat", errors);
    Double lon = number(p, name, "lon", errors);
    return lat == null || lon == null ? null : new GeoPoint(lat, lon);
  }

  private static Double number(JsonObject o, String parent, String name, List<FieldError> errors) {
    JsonValue v = o.get(name);
    if (v instanceof JsonNumber n) {
      return n.doubleValue();
    }
    errors.add(
        new FieldError(
            parent,
            parent
                + "."
                + name
                + (v == null ? " is missing" : " must be a number, not " + Quoted.of(v))));
    return null;
  }

  private static Integer wholeNumber(JsonObject o, String name, List<FieldError> errors) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && isWhole(n.bigDecimalValue())) {
      BigDecimal d = n.bigDecimalValue();
      if (d.abs().compareTo(BigDecimal.valueOf(1000)) <= 0) {
        return d.intValue();
      }
      errors.add(
          new FieldError(
              name,
              name
                  + " must be between "
                  + RideRequestValidator.MIN_PASSENGERS
                  + " and "
                  + RideRequestValidator.MAX_PASSENGERS
                  + ", not "
                  + Quoted.of(v)));
      return null;
    }
    errors.add(new FieldError(name, name + " must be a whole number, not " + Quoted.of(v)));
    return null;
  }

  private static boolean isWhole(BigDecimal d) {
    return d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
  }

  private static String text(JsonObject o, String name, List<FieldError> errors) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v.getValueType() == JsonValue.ValueType.STRING) {
      return ((jakarta.json.JsonString) v).getString();
    }
    errors.add(
        new FieldError(
            name, name + " must be a string like \"2014-10-14T18:30:00\", not " + Quoted.of(v)));
    return null;
  }

  private static boolean hasMore(JsonParser parser) {
    try {
      return parser.hasNext();
    } catch (JsonParsingException e) {
      return true; // some parsers say "expected EOF" here
    }
  }

  /**
   * Names every field the request has but the API does not know: a misspelt "pasengers" would
   * otherwise be dropped without a word.
   */
  private static void unknownFields(
      JsonObject o, Set<String> known, String prefix, List<FieldError> errors) {
    for (String name : o.keySet()) {
      if (!known.contains(name)) {
        String field = prefix + Quoted.of(name);
        errors.add(
            new FieldError(
                prefix.isEmpty() ? field : prefix.substring(0, prefix.length() - 1),
                "unknown field " + field + ": expected only " + String.join(", ", known)));
      }
    }
  }

  /** A value of the request as an error message repeats it: at most 40 characters of it. */
  private static InvalidRideRequest invalid(String field, String message) {
    return new InvalidRideRequest(List.of(new FieldError(field, message)));
  }
}
