package nyc.cabportal.trips.geo;

import java.time.ZoneId;

/**
 * New York City as every part of Cab Portal measures it: its clock and its service area, defined
 * once so that the portal's validation, the worker's decoding and data prep's cleaning agree.
 *
 * <p>Simplification, stated: the service area is the bounding box of the five boroughs (the extent
 * of the city's borough boundaries, rounded outward), not the borough polygons, so some water and
 * New Jersey inside the box is accepted; Newark airport, a common cab destination, lies inside it.
 */
public final class NewYork {

  /** The published 2014 times are New York wall-clock times, and riders give theirs in it. */
  public static final ZoneId ZONE = ZoneId.of("America/New_York");

  /** The service area: lat 40.49–40.92, lon −74.26 – −73.69. */
  public static final double MIN_LAT = 40.49;

  public static final double MAX_LAT = 40.92;
  public static final double MIN_LON = -74.26;
  public static final double MAX_LON = -73.69;

  /**
   * How far beyond the service area a trip may start or end and still be a trip of this city's
   * cabs: 100 miles, the limit on a trip's metered distance. Rate-code-4 trips to Nassau and
   * Westchester and negotiated ones reach 26 km beyond it in the shared Yellow sample, Uber's April
   * pickups 0–110 km (and one at 180); a point farther off is a broken GPS reading.
   */
  public static final double REGION_KM = 100 * 1.609344;

  private static final double KM_PER_DEGREE = 111.2;

  private NewYork() {}

  /** Whether a point lies within {@link #REGION_KM} of the service area. */
  public static boolean inRegion(double lat, double lon) {
    return kmBeyondServiceArea(lat, lon) <= REGION_KM;
  }

  /**
   * How far a point lies outside the service area, km (0 inside); flat-earth, ±1 % at this size.
   */
  static double kmBeyondServiceArea(double lat, double lon) {
    double north = Math.max(0, Math.max(MIN_LAT - lat, lat - MAX_LAT)) * KM_PER_DEGREE;
    double east =
        Math.max(0, Math.max(MIN_LON - lon, lon - MAX_LON))
            * KM_PER_DEGREE
            * Math.cos(Math.toRadians(lat));
    return Math.hypot(north, east);
  }

  /** Whether a point lies in the service area (edges included). */
  public static boolean inServiceArea(double lat, double lon) {
    return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
  }
}
