package nyc.cabportal.domain.place;

import java.util.Locale;
import nyc.cabportal.trips.geo.GreatCircle;

/** A WGS84 position in degrees. */
public record GeoPoint(double lat, double lon) {

  /** Great-circle (haversine) distance, the lower bound of any road distance. */
  public double distanceKmTo(GeoPoint other) {
    return GreatCircle.km(lat, lon, other.lat, other.lon);
  }

  /** The form riders type and error messages quote: {@code 40.758,-73.9855}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s,%s", trim(lat), trim(lon));
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.6f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
