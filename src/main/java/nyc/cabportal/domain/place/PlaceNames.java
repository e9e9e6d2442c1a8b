package nyc.cabportal.domain.place;

import java.util.List;
import java.util.Optional;

/**
 * What a rider calls a point: the named place there ("Grand Central Terminal", within about 50 m),
 * else its neighbourhood ("Midtown Center, Manhattan"), else nothing — and then the coordinates
 * stand, as typed.
 */
public final class PlaceNames {

  private final Neighbourhoods neighbourhoods;

  public PlaceNames(Neighbourhoods neighbourhoods) {
    this.neighbourhoods = neighbourhoods;
  }

  public Optional<String> of(GeoPoint p) {
    return NycPlaces.at(p).map(Place::name).or(() -> neighbourhoods.of(p));
  }

  /** The neighbourhoods a rider can search for by name, each at a point inside it. */
  public List<Place> neighbourhoods() {
    return neighbourhoods.all();
  }

  /** "Grand Central Terminal (40.7527,-73.9772)", or the coordinates alone. */
  public String describe(GeoPoint p) {
    return of(p).map(name -> name + " (" + p + ")").orElse(p.toString());
  }
}
