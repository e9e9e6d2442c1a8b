package nyc.cabportal.domain.ride;

import java.time.Instant;

/**
 * A ride request with everything known about it now.
 *
 * @param statusReason why a ride was rejected, failed or found no cab; null otherwise
 * @param result the worker's answer once dispatched; null before
 */
public record Ride(
    RideRequest request,
    RideStatus status,
    String statusReason,
    RideResult result,
    RideTimings timings) {

  public String id() {
    return request.id();
  }

  /**
   * When the cab reaches the pickup by the estimate's clock (dispatch + pickup ETA), for a ride
   * dispatched with a cab; null otherwise.
   */
  public Instant pickedUpAt() {
    if (status != RideStatus.DISPATCHED
        || result == null
        || result.cab() == null
        || result.pickupEtaSeconds() == null
        || timings.dispatchedAt() == null) {
      return null;
    }
    return timings.dispatchedAt().plusSeconds(result.pickupEtaSeconds());
  }

  /**
   * Whether the rider may cancel at {@code now}: while the ride waits for a cab, and once a cab is
   * on its way until it reaches the pickup.
   */
  public boolean cancellableAt(Instant now) {
    if (status == RideStatus.QUEUED) {
      return true;
    }
    Instant pickup = pickedUpAt();
    return pickup != null && now.isBefore(pickup);
  }
}
