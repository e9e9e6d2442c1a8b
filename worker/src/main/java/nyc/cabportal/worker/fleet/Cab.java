package nyc.cabportal.worker.fleet;

import nyc.cabportal.trips.geo.H3Cells;

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
   * This cab freed at {@code nowMillis} because its rider cancelled: it stops where it has got to
   * on the straight line from where it was given the ride to the pickup (the same line and clock
   * the rider's page plays forward), and takes rides from there at once. It keeps the trip as its
   * last.
   */
  public Cab releasedAt(long nowMillis, double pickupLat, double pickupLon) {
    double gone =
        trip.pickupEtaSeconds() <= 0
            ? 1
            : (nowMillis - trip.assignedAt()) / (trip.pickupEtaSeconds() * 1000.0);
    double f = Math.max(0, Math.min(1, gone));
    double atLat = trip.fromLat() + (pickupLat - trip.fromLat()) * f;
    double atLon = trip.fromLon() + (pickupLon - trip.fromLon()) * f;
    return new Cab(id, seats, atLat, atLon, H3Cells.cell(atLat, atLon), nowMillis, trip);
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
