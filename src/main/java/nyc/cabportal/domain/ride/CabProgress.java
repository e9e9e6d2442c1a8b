package nyc.cabportal.domain.ride;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a dispatched ride's cab is now, by the estimate's clock: on its way to the pickup until the
 * pickup ETA has passed, then on the trip for the estimated duration, then at the dropoff. The
 * status page counts down with it and moves the cab along the straight line.
 *
 * <p>Simplification, stated: no cab reports its position; this is the estimate played forward from
 * the moment of dispatch, not a tracked cab.
 *
 * @param minutesLeft whole minutes, at least 1, to the pickup or the dropoff; 0 once arrived
 */
public record CabProgress(Phase phase, long minutesLeft) {

  public enum Phase {
    TO_PICKUP,
    ON_TRIP,
    ARRIVED
  }

  public static CabProgress at(
      Instant dispatchedAt, int pickupEtaSeconds, int durationSeconds, Instant now) {
    long elapsed = Math.max(0, Duration.between(dispatchedAt, now).toSeconds());
    if (elapsed < pickupEtaSeconds) {
      return new CabProgress(Phase.TO_PICKUP, minutes(pickupEtaSeconds - elapsed));
    }
    if (elapsed < (long) pickupEtaSeconds + durationSeconds) {
      return new CabProgress(
          Phase.ON_TRIP, minutes((long) pickupEtaSeconds + durationSeconds - elapsed));
    }
    return new CabProgress(Phase.ARRIVED, 0);
  }

  private static long minutes(long seconds) {
    return Math.max(1, Math.round(seconds / 60.0));
  }
}
