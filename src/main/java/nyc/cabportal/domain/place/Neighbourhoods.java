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
