package nyc.cabportal.worker.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nyc.cabportal.trips.geo.GreatCircle;
import nyc.cabportal.trips.geo.NewYork;

/**
 * Reads the JSON value of a {@code ride-requests} record (schema version 1) and checks it against
 * the contract, naming the first rule it breaks. The worker trusts nothing it reads: a record may
 * come from an older or newer portal, another producer, or a hand-typed test.
 *
 * <p>Plain Java rather than a Spark {@code from_json} schema, because a permissive JSON schema
 * turns every kind of bad record into "null" and the dead-letter queue must say precisely what is
 * wrong. {@link RideRequestDecoder} applies it to a whole Dataset.
 */
public final class RideRequestReader {

  /** Closer than this counts as the same place (about 20 m), as in the portal. */
  static final double SAME_PLACE_KM = 0.02;

  private static final ObjectMapper JSON = new ObjectMapper();

  private RideRequestReader() {}

  /** Fills {@code into} from {@code json}; sets its problem when the record breaks a rule. */
  public static DecodedRequest read(String json, DecodedRequest into) {
    into.setValue(json);
    JsonNode o;
    try {
      o = json == null ? null : JSON.readTree(json);
    } catch (Exception e) {
      o = null;
    }
    if (o == null || !o.isObject()) {
      return reject(into, "not a JSON object");
    }
    JsonNode idNode = o.get("id");
    if (idNode != null && idNode.isTextual() && !idNode.asText().isBlank()) {
      into.setId(idNode.asText());
    }
    JsonNode version = o.get("schemaVersion");
    if (version == null || !version.canConvertToInt()) {
      return reject(into, "schemaVersion is missing");
    }
    if (version.asInt() != ContractNames.RIDE_REQUEST_SCHEMA_VERSION) {
      return reject(into, "schemaVersion " + version.asText() + " is not supported");
    }
    if (into.getId() == null) {
      return reject(into, "id is missing");
    }
    if (into.getKey() != null && !into.getKey().equals(into.getId())) {
      return reject(into, "record key " + into.getKey() + " differs from id " + into.getId());
    }
    String problem = point(o, "pickup", into);
    if (problem == null) {
      problem = point(o, "dropoff", into);
    }
    if (problem != null) {
      return reject(into, problem);
    }
    if (GreatCircle.km(
            into.getPickupLat(), into.getPickupLon(), into.getDropoffLat(), into.getDropoffLon())
        < SAME_PLACE_KM) {
      return reject(into, "pickup and dropoff are the same place");
    }
    JsonNode passengers = o.get("passengers");
    if (passengers == null || !passengers.isIntegralNumber()) {
      return reject(into, "passengers is missing or not a whole number");
    }
    if (passengers.asInt() < 1 || passengers.asInt() > 6) {
      return reject(into, "passengers must be between 1 and 6, not " + passengers.asText());
    }
    into.setPassengers(passengers.asInt());
    JsonNode pickupAt = o.get("pickupAt");
    if (pickupAt != null && !pickupAt.isNull()) {
      try {
        into.setPickupAt(LocalDateTime.parse(pickupAt.asText()).toString());
      } catch (DateTimeParseException e) {
        return reject(
            into, "pickupAt \"" + pickupAt.asText() + "\" is not a New York local date-time");
      }
    }
    JsonNode acceptedAt = o.get("acceptedAt");
    try {
      into.setAcceptedAt(Instant.parse(acceptedAt.asText()).toString());
    } catch (RuntimeException e) {
      return reject(into, "acceptedAt is missing or not an ISO-8601 instant");
    }
    return into;
  }

  private static String point(JsonNode o, String name, DecodedRequest into) {
    JsonNode p = o.get(name);
    if (p == null || p.isNull()) {
      return name + " is missing";
    }
    JsonNode lat = p.get("lat");
    JsonNode lon = p.get("lon");
    if (lat == null || lon == null || !lat.isNumber() || !lon.isNumber()) {
      return name + " must be {\"lat\":number,\"lon\":number}";
    }
    double la = lat.asDouble();
    double lo = lon.asDouble();
    if (!NewYork.inServiceArea(la, lo)) {
      return name + " " + trim(la) + "," + trim(lo) + " is outside the NYC service area";
    }
    if (name.equals("pickup")) {
      into.setPickupLat(la);
      into.setPickupLon(lo);
    } else {
      into.setDropoffLat(la);
      into.setDropoffLon(lo);
    }
    return null;
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static DecodedRequest reject(DecodedRequest into, String problem) {
    into.setProblem(problem);
    return into;
  }
}
