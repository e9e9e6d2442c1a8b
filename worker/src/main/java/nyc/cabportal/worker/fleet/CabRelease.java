package nyc.cabportal.worker.fleet;

import nyc.cabportal.worker.contract.ResultStatus;

/**
 * A rider's cancellation of a dispatched ride before its cab reached the pickup, as the portal
 * records it in {@code cab_releases}: the cab is to be freed where it has got to on its way.
 *
 * @param requestedAt epoch milliseconds at which the rider cancelled
 */
public record CabRelease(
    String rideId, String cabId, double pickupLat, double pickupLon, long requestedAt) {

  /**
   * How long a release waits for its ride to read CANCELLED. The portal records the release first
   * and cancels the ride second, so a release whose ride stays DISPATCHED this long belongs to a
   * cancellation that failed (the rider was told so) and frees nothing.
   */
  static final long STATUS_WAIT_MILLIS = 60_000;

  /** What becomes of a release. */
  public enum Step {
    /** The ride is cancelled: free its cab (if it still has it), then forget the release. */
    FREE,
    /** The ride still reads DISPATCHED: its portal may be between its two writes. */
    WAIT,
    /** Nothing to free: the cancellation failed, or the ride is unknown. */
    DROP
  }

  /** The step for this release, given its ride's stored status (null: no such ride). */
  public Step step(String rideStatus, long nowMillis) {
    if (ResultStatus.CANCELLED.equals(rideStatus)) {
      return Step.FREE;
    }
    if (ResultStatus.DISPATCHED.equals(rideStatus)
        && nowMillis - requestedAt < STATUS_WAIT_MILLIS) {
      return Step.WAIT;
    }
    return Step.DROP;
  }
}
