package nyc.cabportal.domain.place;

import java.util.List;
import java.util.Optional;

/**
 * The name a New Yorker gives the part of the city a point is in — the TLC taxi zone, "Midtown
 * Center, Manhattan" — so that a rider reads a place, not coordinates. Empty outside every zone
 * (water, New Jersey) or where no zone map is configured.
 */
public interface Neighbourhoods {

  Optional<String> of(GeoPoint p);

  /** Where a point lies for a ride, by the zone map (without one, {@link Ground#CITY}: unknown). */
  default Ground groundOf(GeoPoint p) {
    return Ground.CITY;
  }

  /**
   * Where a point lies for a ride: in one of the city's zones, at Newark Airport (New Jersey's zone
   * the TLC keeps, a destination the 2014 tariff prices), or on no zone at all (the rivers and the
   * bay, New Jersey, beyond the city line).
   */
  enum Ground {
    CITY,
    NEWARK_AIRPORT,
    NONE
  }

  /**
   * Every neighbourhood as a place a rider can search for by name, located at a point inside it;
   * none where no zone map is configured.
   */
  default List<Place> all() {
    return List.of();
  }

  /** No names: coordinates stay coordinates. */
  Neighbourhoods NONE = p -> Optional.empty();
}
