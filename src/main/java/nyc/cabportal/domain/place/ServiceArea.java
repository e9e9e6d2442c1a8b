package nyc.cabportal.domain.place;

/**
 * Where Cab Portal picks riders up and drops them off.
 *
 * <p>Simplification, stated: the area is the bounding box of the five boroughs (the extent of the
 * NYC borough boundaries, rounded outward), not the borough polygons themselves, so a few points in
 * New Jersey and on the water inside the box are accepted. It is the same box the data preparation
 * uses to call a 2014 trip "inside NYC", and Newark airport, a common cab destination, lies inside
 * it.
 */
public record ServiceArea(double minLat, double maxLat, double minLon, double maxLon) {

  /** The NYC bounding box: lat 40.49–40.92, lon −74.26 – −73.69. */
  public static final ServiceArea NYC = new ServiceArea(40.49, 40.92, -74.26, -73.69);

  public boolean contains(GeoPoint p) {
    return p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
  }
}
