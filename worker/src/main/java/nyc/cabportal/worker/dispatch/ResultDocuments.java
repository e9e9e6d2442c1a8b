package nyc.cabportal.worker.dispatch;

import java.time.Instant;
import java.util.Date;
import nyc.cabportal.worker.contract.ContractNames;
import nyc.cabportal.worker.estimate.TripEstimate;
import nyc.cabportal.worker.fleet.Cab;
import org.bson.Document;

/**
 * The fields an outcome sets on a ride document; their shape is {@code
 * contract/examples/ride-result}, which the portal's tests read too.
 */
public final class ResultDocuments {

  /** Set when the worker answers a ride: a ride holding it is answered. */
  public static final String DISPATCHED_AT = "timings.dispatchedAt";

  private ResultDocuments() {}

  /** The {@code $set} of an outcome, with dotted paths where it sets nested fields. */
  public static Document set(RideOutcome o, Instant dispatchedAt) {
    Document set =
        new Document("status", o.status())
            .append("resultSchemaVersion", ContractNames.RIDE_RESULT_SCHEMA_VERSION)
            .append(DISPATCHED_AT, Date.from(dispatchedAt));
    if (o.reason() != null) {
      set.append("statusReason", o.reason());
    }
    if (o.estimate() != null) {
      set.append("result", result(o.estimate(), o.cab()));
    }
    return set;
  }

  /** The estimate, and the cab where it was when it took the ride (null for NO_CAB). */
  static Document result(TripEstimate e, Cab cab) {
    Cab.Trip trip = cab == null ? null : cab.trip();
    return new Document(
            "cab",
            cab == null
                ? null
                : new Document("id", cab.id())
                    .append("lat", round6(trip.fromLat()))
                    .append("lon", round6(trip.fromLon()))
                    .append("seats", cab.seats()))
        .append("pickupEtaSeconds", trip == null ? null : trip.pickupEtaSeconds())
        .append("pickupDistanceKm", trip == null ? null : Math.round(trip.pickupKm() * 100) / 100.0)
        .append(
            "fare",
            new Document("p10", e.fareP10())
                .append("p50", e.fareP50())
                .append("p90", e.fareP90())
                .append("mean", e.fareMean())
                .append("currency", "USD"))
        .append("durationSeconds", e.durationSeconds())
        .append(
            "duration",
            new Document("p10", e.durationP10Seconds())
                .append("p50", e.durationSeconds())
                .append("p90", e.durationP90Seconds()))
        .append("distanceKm", e.distanceKm())
        .append(
            "basis",
            new Document("method", e.method())
                .append("trips", e.trips())
                .append("level", e.level())
                .append("detail", e.detail()));
  }

  private static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
