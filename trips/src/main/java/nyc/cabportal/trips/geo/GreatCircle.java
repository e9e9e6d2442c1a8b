package nyc.cabportal.trips.geo;

/**
 * The great-circle ("straight-line") distance between two points, the one distance data prep's
 * tables, the worker and the benchmarks all measure with (the tables' SQL computes the same).
 */
public final class GreatCircle {

  /** Mean Earth radius (IUGG), km. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * The least straight-line distance of a trip, as the estimation tables and the model measure it:
   * pickup and dropoff at the same point still give a finite log distance.
   */
  public static final double MIN_TRIP_KM = 0.05;

  private GreatCircle() {}

  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** A trip's straight-line distance as the tables measure it: at least {@link #MIN_TRIP_KM}. */
  public static double tripKm(double lat1, double lon1, double lat2, double lon2) {
    return Math.max(MIN_TRIP_KM, km(lat1, lon1, lat2, lon2));
  }
}
