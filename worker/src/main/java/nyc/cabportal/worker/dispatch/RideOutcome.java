package nyc.cabportal.worker.dispatch;

import nyc.cabportal.worker.estimate.TripEstimate;
import nyc.cabportal.worker.fleet.Cab;

/**
 * The answer to one ride: its new status; the estimate (DISPATCHED, NO_CAB); the cab, as it is
 * after taking the ride (DISPATCHED); the reason (NO_CAB, REJECTED, FAILED).
 */
public record RideOutcome(
    String rideId, String status, String reason, TripEstimate estimate, Cab cab) {

  public static final String DISPATCHED = "DISPATCHED";
  public static final String NO_CAB = "NO_CAB";
  public static final String REJECTED = "REJECTED";
  public static final String FAILED = "FAILED";

  public static RideOutcome dispatched(String id, TripEstimate e, Cab cab) {
    return new RideOutcome(id, DISPATCHED, null, e, cab);
  }

  public static RideOutcome noCab(String id, String reason, TripEstimate e) {
    return new RideOutcome(id, NO_CAB, reason, e, null);
  }

  static RideOutcome rejected(String id, String reason) {
    return new RideOutcome(id, REJECTED, reason, null, null);
  }

  static RideOutcome failed(String id, String reason) {
    return new RideOutcome(id, FAILED, reason, null, null);
  }
}
