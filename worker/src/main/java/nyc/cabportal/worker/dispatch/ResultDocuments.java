package nyc.cabportal.worker.dispatch;

import java.time.Instant;
import java.util.Date;
import nyc.cabportal.worker.contract.ContractNames;
import nyc.cabportal.worker.estimate.TripEstimate;
import org.bson.Document;

/**
 * The fields an outcome sets on a ride document; their shape is {@code
 * contract/examples/ride-result}, which the portal's tests read too.
 */
public final class ResultDocuments {

  private ResultDocuments() {}

  /** The {@code $set} of an outcome, with dotted paths where it sets nested fields. */
  public static Document set(RideOutcome o, Instant dispatchedAt) {
    Document set =
        new Document("status", o.status())
            .append("resultSchemaVersion", ContractNames.RIDE_RESULT_SCHEMA_VERSION)
            .append("timings.dispatchedAt", Date.from(dispatchedAt));
    if (o.reason() != null) {
      set.append("statusReason", o.reason());
    }
    if (o.estimate() != null) {
      set.append("result", result(o.estimate()));
    }
    return set;
  }

  static Document result(TripEstimate e) {
    return new Document("cab", null)
        .append("pickupEtaSeconds", null)
        .append(
            "fare",
            new Document("p10", e.fareP10())
                .append("p50", e.fareP50())
                .append("p90", e.fareP90())
                .append("currency", "USD"))
        .append("durationSeconds", e.durationSeconds())
        .append("distanceKm", e.distanceKm())
        .append(
            "basis",
            new Document("method", e.method())
                .append("trips", e.trips())
                .append("detail", e.detail()));
  }
}
