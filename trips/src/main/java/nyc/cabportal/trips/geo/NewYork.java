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

  private NewYork() {}

  /** Whether a point lies in the service area (edges included). */
  public static boolean inServiceArea(double lat, double lon) {
    return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
  }
}
