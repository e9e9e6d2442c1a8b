package nyc.cabportal.worker.fleet;

/**
 * A cab of the simulated fleet: where it is free (or will be, at the dropoff of its trip) and when.
 *
 * @param cell the H3 res-9 cell of {@code lat, lon}
 * @param freeAt epoch milliseconds from which it takes rides (0: free since it was placed)
 * @param trip its current or last trip, null before its first
 */
public record Cab(String id, int seats, double lat, double lon, long cell, long freeAt, Trip trip) {

  public boolean isFreeAt(long epochMillis) {
    return freeAt <= epochMillis;
  }

  /**
   * A ride given to a cab: the ride, where the cab was when given it, how far and how long to the
   * pickup, and when it was given.
   */
  public record Trip(
      String rideId,
      double fromLat,
      double fromLon,
      double pickupKm,
      int pickupEtaSeconds,
      long assignedAt) {}
}
