package nyc.cabportal.worker.dispatch;

import nyc.cabportal.worker.contract.ResultStatus;
import nyc.cabportal.worker.estimate.TripEstimate;
import nyc.cabportal.worker.fleet.Cab;

/**
 * The answer to one ride: its new status; the estimate (ResultStatus.DISPATCHED,
 * ResultStatus.NO_CAB); the cab, as it is after taking the ride (ResultStatus.DISPATCHED); the
 * reason (ResultStatus.NO_CAB, ResultStatus.REJECTED, ResultStatus.FAILED).
 */
public record RideOutcome(
    String rideId, String status, String reason, TripEstimate estimate, Cab cab) {

  public static RideOutcome dispatched(String id, TripEstimate e, Cab cab) {
    return new RideOutcome(id, ResultStatus.DISPATCHED, null, e, cab);
  }

  public static RideOutcome noCab(String id, String reason, TripEstimate e) {
    return new RideOutcome(id, ResultStatus.NO_CAB, reason, e, null);
  }

  static RideOutcome rejected(String id, String reason) {
    return new RideOutcome(id, ResultStatus.REJECTED, reason, null, null);
  }

  static RideOutcome failed(String id, String reason) {
    return new RideOutcome(id, ResultStatus.FAILED, reason, null, null);
  }
}
