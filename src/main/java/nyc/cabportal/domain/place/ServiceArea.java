package nyc.cabportal.domain.place;

import nyc.cabportal.trips.geo.NewYork;

/**
 * Where Cab Portal picks riders up and drops them off: a box, so that tests can use a smaller one.
 *
 * <p>{@link #NYC} is the box of {@link NewYork}, the one data prep calls a 2014 trip "inside NYC"
 * with and the worker checks requests against (a simplification stated there).
 */
public record ServiceArea(double minLat, double maxLat, double minLon, double maxLon) {

  public static final ServiceArea NYC =
      new ServiceArea(NewYork.MIN_LAT, NewYork.MAX_LAT, NewYork.MIN_LON, NewYork.MAX_LON);

  public boolean contains(GeoPoint p) {
    return p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
  }
}
