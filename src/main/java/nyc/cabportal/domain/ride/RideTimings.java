package nyc.cabportal.domain.ride;

import java.time.Duration;
import java.time.Instant;

/** When a ride reached each step; any step not reached yet is null. */
public record RideTimings(Instant acceptedAt, Instant queuedAt, Instant dispatchedAt) {

  /** Accepted → answer stored, or null while there is no answer. */
  public Duration endToEnd() {
    return acceptedAt == null || dispatchedAt == null
        ? null
        : Duration.between(acceptedAt, dispatchedAt);
  }
}
