package nyc.cabportal.trips.geo;

/**
 * The great-circle ("straight-line") distance between two points, the one distance data prep's
 * tables, the worker and the benchmarks all measure with (the tables' SQL computes the same).
 */
public final class GreatCircle {

  /** Mean Earth radius (IUGG), km. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * The least straight-line distance of a trip, as the estimation tables and the model measure it.
   * Below it a cab trip's time and fare stop falling with the straight line — trips between points
   * a few hundred metres apart are errands and round trips: in the shared data's January–July trips
   * the median trip 0.1–0.2 km long took 140 s, 0.3–0.5 km 180 s, and every band below 0.5 km cost
   * $4.00 —, while the lines on log distance went on falling (to 60 s at 50 m). Measured on
   * held-out trips in BENCHMARKS.md ("the shortest trips").
   */
  public static final double MIN_TRIP_KM = 0.3;

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
