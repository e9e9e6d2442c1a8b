package nyc.cabportal.domain.place;

import java.util.List;
import java.util.Optional;

/**
 * The named places offered in the request form: airports, stations and landmarks in all five
 * boroughs. Coordinates are the public street entrances (rounded to about 10 m).
 */
public final class NycPlaces {

  private static final List<Place> ALL =
      List.of(
          place("jfk", "JFK Airport (Terminal 4)", "Queens", 40.6441, -73.7822),
          place("lga", "LaGuardia Airport (Terminal B)", "Queens", 40.7741, -73.8720),
          place("ewr", "Newark Airport (Terminal B)", "New Jersey", 40.6907, -74.1774),
          place("times-square", "Times Square", "Manhattan", 40.7580, -73.9855),
          place("grand-central", "Grand Central Terminal", "Manhattan", 40.7527, -73.9772),
          place("penn-station", "Penn Station", "Manhattan", 40.7506, -73.9935),
          place("port-authority", "Port Authority Bus Terminal", "Manhattan", 40.7570, -73.9903),
          place("wall-street", "Wall Street (NYSE)", "Manhattan", 40.7069, -74.0113),
          place("wtc", "World Trade Center", "Manhattan", 40.7127, -74.0134),
          place("empire-state", "Empire State Building", "Manhattan", 40.7484, -73.9857),
          place("met-museum", "Metropolitan Museum of Art", "Manhattan", 40.7794, -73.9632),
          place("columbia", "Columbia University", "Manhattan", 40.8075, -73.9626),
          place("union-square", "Union Square", "Manhattan", 40.7359, -73.9911),
          place("yankee-stadium", "Yankee Stadium", "Bronx", 40.8296, -73.9262),
          place("bronx-zoo", "Bronx Zoo", "Bronx", 40.8506, -73.8770),
          place("fordham", "Fordham University", "Bronx", 40.8610, -73.8855),
          place("barclays", "Barclays Center", "Brooklyn", 40.6826, -73.9754),
          place("brooklyn-bridge-park", "Brooklyn Bridge Park", "Brooklyn", 40.7003, -73.9967),
          place("coney-island", "Coney Island", "Brooklyn", 40.5755, -73.9707),
          place("williamsburg", "Williamsburg (Bedford Av)", "Brooklyn", 40.7171, -73.9566),
          place("citi-field", "Citi Field", "Queens", 40.7571, -73.8458),
          place("flushing", "Flushing Main Street", "Queens", 40.7596, -73.8300),
          place("astoria", "Astoria (Ditmars Blvd)", "Queens", 40.7751, -73.9120),
          place("st-george", "St. George Ferry Terminal", "Staten Island", 40.6437, -74.0736),
          place("si-mall", "Staten Island Mall", "Staten Island", 40.5823, -74.1676));

  private NycPlaces() {}

  public static List<Place> all() {
    return ALL;
  }

  public static Optional<Place> byId(String id) {
    return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The named place at {@code point} (within about 50 m), if there is one. */
  public static Optional<Place> at(GeoPoint point) {
    return ALL.stream().filter(p -> p.location().distanceKmTo(point) < 0.05).findFirst();
  }

  private static Place place(String id, String name, String borough, double lat, double lon) {
    return new Place(id, name, borough, new GeoPoint(lat, lon));
  }
}
