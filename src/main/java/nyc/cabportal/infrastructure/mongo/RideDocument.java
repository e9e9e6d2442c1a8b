package nyc.cabportal.infrastructure.mongo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideRequest;
import nyc.cabportal.domain.ride.RideResult;
import nyc.cabportal.domain.ride.RideResult.AssignedCab;
import nyc.cabportal.domain.ride.RideResult.DurationEstimate;
import nyc.cabportal.domain.ride.RideResult.EstimateBasis;
import nyc.cabportal.domain.ride.RideResult.FareEstimate;
import nyc.cabportal.domain.ride.RideStatus;
import nyc.cabportal.domain.ride.RideTimings;
import org.bson.Document;

/**
 * The layout of a ride in the {@code rides} collection. The worker writes the result fields (see
 * {@code contract/examples/ride-result}); these names are the contract's.
 */
public final class RideDocument {

  public static final String COLLECTION = "rides";
  public static final String ID = "_id";
  public static final String SCHEMA_VERSION = "schemaVersion";
  public static final String STATUS = "status";
  public static final String STATUS_REASON = "statusReason";
  public static final String PICKUP = "pickup";
  public static final String DROPOFF = "dropoff";
  public static final String PASSENGERS = "passengers";
  public static final String PICKUP_AT = "pickupAt";
  public static final String TIMINGS = "timings";
  public static final String ACCEPTED_AT = "acceptedAt";
  public static final String QUEUED_AT = "queuedAt";
  public static final String DISPATCHED_AT = "dispatchedAt";
  public static final String RESULT = "result";
  public static final String RESULT_SCHEMA_VERSION = "resultSchemaVersion";
  public static final String TIMINGS_ACCEPTED_AT = TIMINGS + "." + ACCEPTED_AT;
  public static final String TIMINGS_QUEUED_AT = TIMINGS + "." + QUEUED_AT;
  public static final int VERSION = 1;

  private RideDocument() {}

  static Document pending(RideRequest r) {
    Document doc =
        new Document(ID, r.id())
            .append(SCHEMA_VERSION, VERSION)
            .append(STATUS, RideStatus.PENDING.name())
            .append(PICKUP, point(r.pickup()))
            .append(DROPOFF, point(r.dropoff()))
            .append(PASSENGERS, r.passengers());
    if (r.pickupAt() != null) {
      doc.append(PICKUP_AT, r.pickupAtText());
    }
    return doc.append(TIMINGS, new Document(ACCEPTED_AT, Date.from(r.acceptedAt())));
  }

  static RideRequest request(Document d) {
    String pickupAt = d.getString(PICKUP_AT);
    Document timings = d.get(TIMINGS, Document.class);
    return new RideRequest(
        d.getString(ID),
        point(d.get(PICKUP, Document.class)),
        point(d.get(DROPOFF, Document.class)),
        d.getInteger(PASSENGERS),
        pickupAt == null ? null : LocalDateTime.parse(pickupAt),
        instant(timings, ACCEPTED_AT));
  }

  /** Reads a ride; an unknown status (a newer worker) reads as FAILED with the reason. */
  public static Ride ride(Document d) {
    Document timings = d.get(TIMINGS, Document.class);
    RideStatus status;
    String reason = d.getString(STATUS_REASON);
    try {
      status = RideStatus.valueOf(d.getString(STATUS));
    } catch (RuntimeException e) {
      status = RideStatus.FAILED;
      reason = "unknown status " + d.getString(STATUS) + " in the ride store";
    }
    return new Ride(
        request(d),
        status,
        reason,
        result(d.get(RESULT, Document.class)),
        new RideTimings(
            instant(timings, ACCEPTED_AT),
            instant(timings, QUEUED_AT),
            instant(timings, DISPATCHED_AT)));
  }

  static RideResult result(Document r) {
    if (r == null) {
      return null;
    }
    Document cab = r.get("cab", Document.class);
    Document fare = r.get("fare", Document.class);
    Document duration = r.get("duration", Document.class);
    Document basis = r.get("basis", Document.class);
    return new RideResult(
        cab == null ? null : new AssignedCab(cab.getString("id"), num(cab, "lat"), num(cab, "lon")),
        intOrNull(r, "pickupEtaSeconds"),
        r.get("pickupDistanceKm") == null ? null : num(r, "pickupDistanceKm"),
        fare == null
            ? null
            : new FareEstimate(
                num(fare, "p10"),
                num(fare, "p50"),
                num(fare, "p90"),
                // a worker before the expected fare wrote none: the typical one stands in
                fare.get("mean") == null ? num(fare, "p50") : num(fare, "mean"),
                fare.getString("currency")),
        intOrNull(r, "durationSeconds"),
        // a worker before the trip time's range wrote none
        duration == null
            ? null
            : new DurationEstimate(
                intOrNull(duration, "p10"), intOrNull(duration, "p50"), intOrNull(duration, "p90")),
        r.get("distanceKm") == null ? null : num(r, "distanceKm"),
        basis == null
            ? null
            : new EstimateBasis(
                basis.getString("method"),
                basis.get("trips") == null ? 0 : ((Number) basis.get("trips")).longValue(),
                basis.getString("level"),
                basis.getString("detail")));
  }

  static Document point(GeoPoint p) {
    return new Document("lat", p.lat()).append("lon", p.lon());
  }

  private static GeoPoint point(Document d) {
    return new GeoPoint(num(d, "lat"), num(d, "lon"));
  }

  private static double num(Document d, String key) {
    return ((Number) d.get(key)).doubleValue();
  }

  private static Integer intOrNull(Document d, String key) {
    Object v = d.get(key);
    return v == null ? null : ((Number) v).intValue();
  }

  private static Instant instant(Document timings, String key) {
    if (timings == null) {
      return null;
    }
    Date date = timings.getDate(key);
    return date == null ? null : date.toInstant();
  }
}
