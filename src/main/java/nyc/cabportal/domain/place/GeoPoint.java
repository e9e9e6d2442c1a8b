package nyc.cabportal.domain.place;

import java.util.Locale;

/** A WGS84 position in degrees. */
public record GeoPoint(double lat, double lon) {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** Great-circle (haversine) distance, the lower bound of any road distance. */
  public double distanceKmTo(GeoPoint other) {
    double dLat = Math.toRadians(other.lat - lat);
    double dLon = Math.toRadians(other.lon - lon);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(other.lat))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
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
