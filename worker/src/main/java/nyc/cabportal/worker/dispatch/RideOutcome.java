package nyc.cabportal.worker.dispatch;

import nyc.cabportal.worker.estimate.TripEstimate;

/**
 * The answer to one ride: its new status, and the estimate (DISPATCHED) or the reason (REJECTED,
 * FAILED).
 */
public record RideOutcome(String rideId, String status, String reason, TripEstimate estimate) {

  public static final String DISPATCHED = "DISPATCHED";
  public static final String REJECTED = "REJECTED";
  public static final String FAILED = "FAILED";

  public static RideOutcome dispatched(String id, TripEstimate e) {
    return new RideOutcome(id, DISPATCHED, null, e);
  }

  static RideOutcome rejected(String id, String reason) {
    return new RideOutcome(id, REJECTED, reason, null);
  }

  static RideOutcome failed(String id, String reason) {
    return new RideOutcome(id, FAILED, reason, null);
  }
}
