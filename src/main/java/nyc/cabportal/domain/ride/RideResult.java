package nyc.cabportal.domain.ride;

/**
 * The worker's answer to a ride: the estimate, and for a dispatched ride its cab.
 *
 * @param cab the assigned cab, or null (NO_CAB)
 * @param pickupEtaSeconds seconds until the cab reaches the pickup, or null without a cab
 * @param pickupDistanceKm straight-line distance from the cab to the pickup, or null without a cab
 * @param durationSeconds the typical trip time
 * @param duration the trip time's range about it, or null from a worker that wrote none
 */
public record RideResult(
    AssignedCab cab,
    Integer pickupEtaSeconds,
    Double pickupDistanceKm,
    FareEstimate fare,
    Integer durationSeconds,
    DurationEstimate duration,
    Double distanceKm,
    EstimateBasis basis) {

  /** The cab sent to the rider and where it was when assigned. */
  public record AssignedCab(String id, double lat, double lon) {}

  /**
   * Fare percentiles in {@code currency}, and the expected fare ({@code mean}, the average of such
   * trips: above the typical {@code p50}, since fares are skewed right).
   */
  public record FareEstimate(double p10, double p50, double p90, double mean, String currency) {}

  /**
   * Trip time percentiles in seconds: p10–p90 is an 80 % range, like the fare's; {@code p50} is
   * {@code durationSeconds}.
   */
  public record DurationEstimate(int p10, int p50, int p90) {}

  /**
   * Why the estimate is what it is: the method, how many trips it rests on, which table level or
   * model group made it ({@code level}, for admins; null from a worker that did not say), and in a
   * rider's words ({@code detail}).
   */
  public record EstimateBasis(String method, long trips, String level, String detail) {}
}
