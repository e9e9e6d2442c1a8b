package nyc.cabportal.domain.ride;

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
}
